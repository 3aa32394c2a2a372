import type { Migration } from '../migrate.ts';
import { migration0001Initial } from './0001-initial.ts';
import { migration0002TextVersion } from './0002-text-version.ts';
import { migration0003DoNotShare } from './0003-do-not-share.ts';
import { migration0004ExactForms } from './0004-exact-forms.ts';
import { migration0005PageLabels } from './0005-page-labels.ts';
import { migration0006PasswordProtected } from './0006-password-protected.ts';
import { migration0007ReadInPart } from './0007-read-in-part.ts';
import { migration0008OcrPages } from './0008-ocr-pages.ts';
import { migration0009OcrRotation } from './0009-ocr-rotation.ts';
import { migration0010PageTotals } from './0010-page-totals.ts';
import { migration0011OcrAttempts } from './0011-ocr-attempts.ts';
import { migration0012PackedPages } from './0012-packed-pages.ts';
import { migration0013LanguageDecisions } from './0013-language-decisions.ts';
import { migration0014AttributesIndex } from './0014-attributes-index.ts';
import { migration0015TextVocabulary } from './0015-text-vocabulary.ts';

export const libraryMigrations: readonly Migration[] = [
  migration0001Initial,
  migration0002TextVersion,
  migration0003DoNotShare,
  migration0004ExactForms,
  migration0005PageLabels,
  migration0006PasswordProtected,
  migration0007ReadInPart,
  migration0008OcrPages,
  migration0009OcrRotation,
  migration0010PageTotals,
  migration0011OcrAttempts,
  migration0012PackedPages,
  migration0013LanguageDecisions,
  migration0014AttributesIndex,
  migration0015TextVocabulary,
];
