// Where a highlight in the PDF text layer goes up and down. pdf.js places each run of invisible
// text so that its stand-in font's baseline lies on the PDF's, the run's box reaching from
// the font's full ascent to its descent: taller than the letters, and higher. A highlight drawn
// over that box sits above the words it marks. Each run gets the band its letters fill instead:
// from the top of capitals and ascenders (or the run's own taller marks: accents, Thai or Lao) to
// the bottom of descenders, which the marks in the run then cover (see .textLayer mark.hl).

const REFERENCE = 'Hbdgjpqy';
const SIZE = 100;

interface Band {
  /** From the run's box top down to the top of its letters, in ems. */
  top: number;
  /** The letters' height, in ems. */
  height: number;
}

function bandOf(context: CanvasRenderingContext2D, text: string): Band | null {
  // pdf.js puts the baseline this far below the run's top (TextLayer's own measure).
  const font = context.measureText('');
  const ascent = font.fontBoundingBoxAscent;
  const descent = Math.abs(font.fontBoundingBoxDescent);
  if (!(ascent > 0)) return null;
  const baseline = ascent / (ascent + descent);
  const reference = context.measureText(REFERENCE);
  const own = context.measureText(text);
  const up = Math.max(reference.actualBoundingBoxAscent, own.actualBoundingBoxAscent) / SIZE;
  const down = Math.max(reference.actualBoundingBoxDescent, own.actualBoundingBoxDescent) / SIZE;
  return { top: baseline - up, height: up + down };
}

/** Gives each run of the text layer its letters' band as --glyph-top and --glyph-height. */
export function setGlyphBands(divs: readonly HTMLElement[]): void {
  const context = document.createElement('canvas').getContext('2d');
  if (context === null) return;
  for (const div of divs) {
    const text = div.textContent ?? '';
    if (text.trim() === '' || !div.isConnected) continue;
    const style = getComputedStyle(div);
    context.font = `${style.fontStyle} ${style.fontWeight} ${SIZE}px ${style.fontFamily}`;
    const band = bandOf(context, text);
    if (band === null) continue;
    div.style.setProperty('--glyph-top', band.top.toFixed(4));
    div.style.setProperty('--glyph-height', band.height.toFixed(4));
  }
}
