// Settings: one panel per section of settings/settings-sections.ts, each with its heading.
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../components/PageTitle.tsx';
import { SETTINGS_SECTIONS } from '../settings/settings-sections.ts';

export function SettingsPage() {
  const { t } = useTranslation();
  return (
    <div className="settings-page">
      <PageTitle title={t('settings.title')} />
      {SETTINGS_SECTIONS.map(({ id, title, Section }) => (
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
