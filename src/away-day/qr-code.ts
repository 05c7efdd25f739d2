// The join address as a QR code, drawn as SVG in the page (the only importer
// of uqr): made on the device, nothing fetched. The address is always shown
// as text beside it for anyone who cannot scan.
import { encode } from 'uqr';
import { svg } from '../ui/dom.ts';

/** One path of dark squares on a white ground, with the quiet zone scanners need. */
export function qrSvg(text: string, label: string): SVGElement {
  const { data, size } = encode(text, { ecc: 'M', border: 2 });
  let path = '';
  data.forEach((row, y) => row.forEach((dark, x) => (path += dark ? `M${x} ${y}h1v1h-1z` : '')));
  return svg(
    'svg',
    { viewBox: `0 0 ${size} ${size}`, class: 'qr', role: 'img', 'aria-label': label, 'shape-rendering': 'crispEdges' },
    svg('rect', { width: size, height: size, fill: '#fff' }),
    svg('path', { d: path, fill: '#000' }),
  );
}
