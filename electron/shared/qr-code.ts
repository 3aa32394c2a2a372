// A QR code as rows of dark (true) and light modules, for the terminal's drawing and the app's
// picture of the classroom's address. Medium error correction: a code photographed off a
// projector or a laptop screen at an angle still reads.
import qrcode from 'qrcode-generator';

export function qrModules(text: string): boolean[][] {
  const qr = qrcode(0, 'M');
  qr.addData(text);
  qr.make();
  const count = qr.getModuleCount();
  return Array.from({ length: count }, (_, row) =>
    Array.from({ length: count }, (_, col) => qr.isDark(row, col)),
  );
}
