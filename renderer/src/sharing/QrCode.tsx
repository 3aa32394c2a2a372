// A QR code as an SVG picture, black on white with its quiet zone, sharp at any size: what a
// participant's phone camera reads off the trainer's screen or projector.
import { useMemo } from 'react';
import { qrModules } from '#shared/qr-code.ts';

/** Light modules on each side, which readers need to find the code. */
const QUIET_ZONE = 4;

export function QrCode({ text, label }: { text: string; label: string }) {
  const { size, path } = useMemo(() => {
    const modules = qrModules(text);
    const dark = modules.flatMap((row, y) =>
      row.flatMap((isDark, x) => (isDark ? [`M${x + QUIET_ZONE} ${y + QUIET_ZONE}h1v1h-1z`] : [])),
    );
    return { size: modules.length + 2 * QUIET_ZONE, path: dark.join('') };
  }, [text]);
  return (
    <svg
      className="qr-code"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${size} ${size}`}
      shapeRendering="crispEdges"
      data-text={text}
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
