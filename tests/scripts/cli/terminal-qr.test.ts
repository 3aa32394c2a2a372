import qrcode from 'qrcode-generator';
import { describe, expect, it } from 'vitest';
import { terminalQrCode } from '#cli/terminal-qr.ts';

const ADDRESS = 'http://192.168.1.10:8765/?room=K7P2QX';

/** The modules the half blocks stand for, two rows per line. */
function modulesOf(lines: string[]): boolean[][] {
  const rows: boolean[][] = [];
  for (const line of lines) {
    const chars = [...line];
    rows.push(chars.map((c) => c === '█' || c === '▀'));
    rows.push(chars.map((c) => c === '█' || c === '▄'));
  }
  return rows;
}

describe('terminalQrCode', () => {
  it('draws exactly the QR code of the address, in a light margin', () => {
    const qr = qrcode(0, 'M');
    qr.addData(ADDRESS);
    qr.make();
    const count = qr.getModuleCount();
    const modules = modulesOf(terminalQrCode(ADDRESS, { colours: false }).split('\n'));
    expect(modules[0]).toHaveLength(count + 4);
    for (let row = 0; row < count; row++)
      for (let col = 0; col < count; col++)
        expect(modules[row + 2]![col + 2], `${row},${col}`).toBe(qr.isDark(row, col));
    expect(modules[0]!.every((dark) => !dark)).toBe(true);
    expect(modules[count + 2]!.every((dark) => !dark)).toBe(true);
  });

  it('sets its own colours in a terminal, so dark modules are dark on any theme', () => {
    const lines = terminalQrCode(ADDRESS, { colours: true }).split('\n');
    for (const line of lines) {
      expect(line.startsWith('\u001b[30;107m')).toBe(true);
      expect(line.endsWith('\u001b[0m')).toBe(true);
    }
  });
});
