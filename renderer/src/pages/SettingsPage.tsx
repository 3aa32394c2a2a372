// Settings: one panel per section of settings/settings-sections.ts, each with its heading; a
// classroom visitor does not see the sections for this computer's own user, nor a browser those
// of the desktop app alone.
import { useTranslation } from 'react-i18next';
import { usePortal } from '../api/portal-context.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { SETTINGS_SECTIONS } from '../settings/settings-sections.ts';

export function SettingsPage() {
  const { t } = useTranslation();
  const { visitor, mode } = usePortal();
  const sections = SETTINGS_SECTIONS.filter(
    (section) =>
      !(visitor && section.ownComputerOnly) && !(mode !== 'desktop' && section.desktopOnly),
  );
  return (
    <div className="settings-page">
      <PageTitle title={t('settings.title')} />
      {sections.map(({ id, title, Section }) => (
        <section
          key={id}
          className="panel settings-section"
          aria-labelledby={`settings-${id}`}
          data-testid={`settings-${id}`}
        >
          <h2 id={`settings-${id}`}>{title(t)}</h2>
          <Section />
        </section>
      ))}
    </div>
  );
}
