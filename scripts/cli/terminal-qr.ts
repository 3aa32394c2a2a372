// A QR code drawn in a terminal with Unicode half blocks: each character shows two rows of
// modules, so the code stays square and small enough for a laptop's terminal.
import { qrModules } from '#shared/qr-code.ts';

/** Light modules around the code, which readers need to find it. */
const QUIET_ZONE = 2;
/** Black on bright white, whatever the terminal's own colours (an inverted code often fails). */
const COLOURS_ON = '\u001b[30;107m';
const COLOURS_OFF = '\u001b[0m';

const HALF_BLOCKS = { both: '█', top: '▀', bottom: '▄', none: ' ' } as const;

/**
 * The code as lines of text. With colours (a terminal), dark modules are drawn black on white;
 * without (a file, a pipe), dark modules are the blocks, as on paper.
 */
export function terminalQrCode(text: string, { colours }: { colours: boolean }): string {
  const modules = qrModules(text);
  const count = modules.length;
  const dark = (row: number, col: number) => modules[row]?.[col] === true;
  const lines: string[] = [];
  for (let row = -QUIET_ZONE; row < count + QUIET_ZONE; row += 2) {
    let line = '';
    for (let col = -QUIET_ZONE; col < count + QUIET_ZONE; col++) {
      const top = dark(row, col);
      const bottom = dark(row + 1, col);
      line += HALF_BLOCKS[top && bottom ? 'both' : top ? 'top' : bottom ? 'bottom' : 'none'];
    }
    lines.push(colours ? `${COLOURS_ON}${line}${COLOURS_OFF}` : line);
  }
  return lines.join('\n');
}
