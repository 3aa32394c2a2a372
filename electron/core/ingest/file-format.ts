import { extname } from 'node:path';
import type { DocumentFormat } from '#shared/types.ts';
import { imageKind } from './image/image-header.ts';
import { IngestError } from './ingest-error.ts';

const BY_EXTENSION: Record<string, DocumentFormat> = {
  '.pdf': 'pdf',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.txt': 'text',
  '.docx': 'docx',
  '.png': 'image',
  '.jpg': 'image',
  '.jpeg': 'image',
  '.tif': 'image',
  '.tiff': 'image',
};

export const SUPPORTED_EXTENSIONS = Object.keys(BY_EXTENSION);

export function formatFromExtension(path: string): DocumentFormat | null {
  return BY_EXTENSION[extname(path).toLowerCase()] ?? null;
}

export function isSupportedFile(path: string): boolean {
  return formatFromExtension(path) !== null;
}

function startsWith(bytes: Uint8Array, magic: string): boolean {
  if (bytes.length < magic.length) return false;
  for (let i = 0; i < magic.length; i++) if (bytes[i] !== magic.charCodeAt(i)) return false;
  return true;
}

function looksLikePdf(bytes: Uint8Array): boolean {
  // The header may follow a little junk; readers accept it within the first kilobyte.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}

/**
 * The format a file's bytes really have, checked against its extension, so a PDF named .txt is
 * read as a PDF and a text file named .pdf gets a clear message instead of a parser error.
 */
export function detectFormat(
  path: string,
  bytes: Uint8Array,
): { format: DocumentFormat; warning?: string } {
  const claimed = formatFromExtension(path);
  if (bytes.length === 0) throw new IngestError('The file is empty (0 bytes).');
  if (looksLikePdf(bytes)) {
    return claimed === 'pdf'
      ? { format: 'pdf' }
      : {
          format: 'pdf',
          warning: `The file is a PDF although its name ends in ${extname(path) || 'nothing'}.`,
        };
  }
  const image = imageKind(bytes);
  if (image) {
    return claimed === 'image'
      ? { format: 'image' }
      : {
          format: 'image',
          warning: `The file is a ${image.toUpperCase()} image although its name ends in ${extname(path) || 'nothing'}.`,
        };
  }
  if (claimed === 'image') {
    throw new IngestError(
      `The file is named ${extname(path)} but is not a PNG, JPEG or TIFF image. It may be another kind of file renamed, or damaged.`,
    );
  }
  if (claimed === 'pdf') {
    throw new IngestError(
      'The file is named .pdf but is not a PDF (it does not start with a PDF header). It may be another kind of file renamed, or damaged.',
    );
  }
  if (startsWith(bytes, 'PK\u0003\u0004')) {
    if (claimed === 'docx') return { format: 'docx' };
    throw new IngestError(
      'The file is a ZIP archive or Office document, not the text file its name suggests.',
    );
  }
  if (claimed === 'docx') {
    throw new IngestError(
      'The file is named .docx but is not a Word document (it is not a ZIP package).',
    );
  }
  if (claimed === null)
    throw new IngestError(
      `Files of type "${extname(path) || 'without extension'}" are not supported.`,
    );
  return { format: claimed };
}

export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new IngestError(
      'The file is not valid UTF-8 text: it may be binary, or saved in another encoding.',
    );
  }
}
