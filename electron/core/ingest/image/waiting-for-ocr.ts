/** Why an image file has no text yet. */
export const IMAGE_WAITING_FOR_OCR =
  'The file is an image: its text is waiting for OCR; until then only its description is searchable.';
