// The document's outline (its headings and the pages they start on), as buttons that turn to
// the page.
import { useTranslation } from 'react-i18next';
import type { OutlineEntry } from '#shared/types.ts';

function Entries({
  entries,
  current,
  onSelect,
}: {
  entries: OutlineEntry[];
  current: number;
  onSelect(page: number): void;
}) {
  const { t } = useTranslation();
  return (
    <ul className="outline__list">
      {entries.map((entry, i) => (
        <li key={`${i}:${entry.title}`}>
          {entry.page === null ? (
            <span className="outline__entry">{entry.title}</span>
          ) : (
            <button
              type="button"
              className={
                entry.page === current ? 'outline__entry outline__entry--current' : 'outline__entry'
              }
              onClick={() => onSelect(entry.page!)}
            >
              <span>{entry.title}</span>
              <span className="outline__page">
                <span className="visually-hidden">{t('reader.outlinePage')}</span>
                {entry.page}
              </span>
            </button>
          )}
          {entry.children.length > 0 && (
            <Entries entries={entry.children} current={current} onSelect={onSelect} />
          )}
        </li>
      ))}
    </ul>
  );
}

export function OutlinePanel({
  outline,
  current,
  onSelect,
}: {
  outline: OutlineEntry[];
  current: number;
  onSelect(page: number): void;
}) {
  const { t } = useTranslation();
  return (
    <nav className="outline" aria-label={t('reader.outline')} data-testid="outline">
      <Entries entries={outline} current={current} onSelect={onSelect} />
    </nav>
  );
}
