// What an import did: documents added, replaced by this newer pack, or kept because a newer pack
// of the same publisher is already in the library.
import { useTranslation } from 'react-i18next';
import type { PackImportReport } from '#shared/pack-types.ts';
import { useFocusOnShow } from './use-focus-on-show.ts';

export function PackImportSummary({ report }: { report: PackImportReport }) {
  const { t } = useTranslation();
  const heading = useFocusOnShow<HTMLHeadingElement>();
  return (
    <section className="panel" aria-labelledby="pack-report" data-testid="pack-report">
      <h2 id="pack-report" ref={heading} tabIndex={-1}>
        {t('packs.reportTitle', { publisher: report.pack.publisher })}
      </h2>
      {report.alreadyImported ? (
        <p>{t('packs.alreadyImported')}</p>
      ) : (
        <p>
          {t('packs.reportCounts', {
            added: report.added.length,
            replaced: report.replaced.length,
            keptNewer: report.keptNewer.length,
          })}
        </p>
      )}
    </section>
  );
}
