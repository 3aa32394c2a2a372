// Says that the page's text was recognised from a scan and how sure the recognition was, since
// OCR text (what find, copy and search see) can be wrong.
import { useTranslation } from 'react-i18next';
import type { PageWords } from '#shared/ocr-types.ts';

export function OcrNotice({ words }: { words: PageWords | null }) {
  const { t, i18n } = useTranslation();
  if (words === null) return null;
  const confidence = new Intl.NumberFormat(i18n.language, {
    style: 'percent',
    maximumFractionDigits: 0,
  }).format(words.confidence / 100);
  return (
    <p
      className="ocr-notice"
      data-testid="ocr-notice"
      data-page={words.page}
      data-confidence={words.confidence}
    >
      {t('reader.ocrNotice', { confidence })}
    </p>
  );
}
