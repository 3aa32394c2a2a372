// A country selector that filters a screen through its address (news, directory).
import { useTranslation } from 'react-i18next';
import { useLabels } from '../taxonomy/labels-context.tsx';

export function CountryFilter({
  value,
  onChange,
  includeRegional = false,
  testId,
}: {
  value: string | null;
  onChange(country: string | null): void;
  includeRegional?: boolean;
  testId: string;
}) {
  const { t } = useTranslation();
  const labels = useLabels();
  const countries = [...(labels.taxonomy?.countries ?? [])].sort((a, b) =>
    labels.compareNames(labels.country(a.code), labels.country(b.code)),
  );
  return (
    <label className="filter-control">
      <span>{t('filters.country')}</span>
      <select
        value={value ?? ''}
        onChange={(event) => onChange(event.target.value || null)}
        data-testid={testId}
      >
        <option value="">{t('filters.allCountries')}</option>
        {countries.map((c) => (
          <option key={c.code} value={c.code}>
            {labels.country(c.code)}
          </option>
        ))}
        {includeRegional && <option value="regional">{t('directory.regional')}</option>}
      </select>
    </label>
  );
}
