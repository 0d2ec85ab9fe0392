import { useMemo } from 'react';
import { encode } from 'uqr';

/** The quiet margin a reader needs around the code, in modules. */
const QUIET = 4;

/**
 * A QR code of `text` as one SVG path: dark modules on a white square (whatever the theme), sharp at
 * any size. The smallest version that holds the text, with as much error correction as fits in it.
 */
export function QrCode({ text, label }: { text: string; label: string }) {
  const { size, path } = useMemo(() => {
    const { data, size } = encode(text, { ecc: 'L', boostEcc: true, border: 0 });
    let path = '';
    data.forEach((row, y) => {
      // One rectangle per run of dark modules in a row: a short path, drawn without seams.
      for (let x = 0; x < size;) {
        if (!row[x]) {
          x += 1;
          continue;
        }
        const start = x;
        while (x < size && row[x]) x += 1;
        path += `M${start + QUIET} ${y + QUIET}h${x - start}v1h${start - x}z`;
      }
    });
    return { size: size + 2 * QUIET, path };
  }, [text]);
  return (
    <svg
      className="qr-code"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${size} ${size}`}
      shapeRendering="crispEdges"
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
