// What a pack or a static copy holds once made: where it is, how many documents, its size, the
// key that signed a pack, and each document left out with the reason.
import { useTranslation } from 'react-i18next';
import type { LeftOutDocument, LeftOutReason } from '#shared/pack-types.ts';
import { useLocaleFormat } from '../i18n/use-locale-format.ts';
import { Fingerprint } from '../packs/Fingerprint.tsx';
import { useFocusOnShow } from '../packs/use-focus-on-show.ts';

const LEFT_OUT_KEYS = {
  'do-not-share': 'outgoing.leftOutDoNotShare',
  'no-file': 'outgoing.leftOutNoFile',
  'file-missing': 'outgoing.leftOutFileMissing',
  'file-changed': 'outgoing.leftOutFileChanged',
} as const satisfies Record<LeftOutReason, string>;

export interface MadeCopy {
  kind: 'pack' | 'copy';
  /** The pack's file or the copy's folder. */
  path: string;
  documents: number;
  totalBytes: number;
  /** A pack's signing key: its fingerprint, or null when unsigned. */
  signedBy?: string | null;
  leftOut: LeftOutDocument[];
}

export function OutgoingSummary({ made }: { made: MadeCopy }) {
  const { t, i18n } = useTranslation();
  const format = useLocaleFormat();
  const heading = useFocusOnShow<HTMLHeadingElement>();
  // Megabytes for most packs and copies; a small one in kilobytes rather than "0 MB".
  const inMegabytes = made.totalBytes >= 1024 * 1024;
  const size = new Intl.NumberFormat(i18n.language, {
    style: 'unit',
    unit: inMegabytes ? 'megabyte' : 'kilobyte',
    maximumFractionDigits: inMegabytes ? 1 : 0,
  }).format(
    inMegabytes ? made.totalBytes / 1024 / 1024 : Math.max(1, Math.ceil(made.totalBytes / 1024)),
  );
  const pack = made.kind === 'pack';
  return (
    <section
      className="notice outgoing-summary"
      data-testid="outgoing-summary"
      data-kind={made.kind}
    >
      <h3 className="notice__title" ref={heading} tabIndex={-1}>
        {pack ? t('outgoing.packMade') : t('outgoing.copyMade')}
      </h3>
      <dl className="pack-facts">
        <dt>{pack ? t('outgoing.file') : t('outgoing.folder')}</dt>
        <dd data-testid="outgoing-path">{made.path}</dd>
        <dt>{t('outgoing.documents')}</dt>
        <dd data-testid="outgoing-documents">{format.number(made.documents)}</dd>
        <dt>{t('outgoing.size')}</dt>
        <dd data-testid="outgoing-size">{size}</dd>
        {pack && (
          <>
            <dt>{t('outgoing.signature')}</dt>
            <dd data-testid="outgoing-signature">
              {made.signedBy ? <Fingerprint value={made.signedBy} /> : t('outgoing.notSigned')}
            </dd>
          </>
        )}
      </dl>
      {made.leftOut.length === 0 ? (
        <p>{t('outgoing.nothingLeftOut')}</p>
      ) : (
        <>
          <p>{t('outgoing.leftOut')}</p>
          <ul data-testid="outgoing-left-out">
            {made.leftOut.map((document) => (
              <li key={document.id}>
                {document.title}: {t(LEFT_OUT_KEYS[document.reason])}
              </li>
            ))}
          </ul>
        </>
      )}
      {!pack && <p>{t('outgoing.openCopy')}</p>}
    </section>
  );
}
