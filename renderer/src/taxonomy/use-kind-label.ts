// Organisation kinds are free words in the catalog; the common ones have interface names.
import { useTranslation } from 'react-i18next';

const KIND_KEYS = {
  academic: 'kinds.academic',
  court: 'kinds.court',
  donor: 'kinds.donor',
  government: 'kinds.government',
  'international-organisation': 'kinds.internationalOrganisation',
  'law-enforcement': 'kinds.lawEnforcement',
  ngo: 'kinds.ngo',
  prosecution: 'kinds.prosecution',
  'regional-body': 'kinds.regionalBody',
} as const;

export function useKindLabel(): (kind: string) => string {
  const { t } = useTranslation();
  return (kind) =>
    kind in KIND_KEYS ? t(KIND_KEYS[kind as keyof typeof KIND_KEYS]) : kind.replaceAll('-', ' ');
}
