import { encode } from 'uqr';
import { escapeXml } from './escape.ts';

/**
 * A QR code as a small inline SVG, one path of horizontal runs: a third of uqr's square per
 * module, for a page that must arrive in one round trip. Error correction M survives a crease;
 * the border and the page's margin are the scanner's quiet zone; width and height size it before
 * CSS. `labelLang` marks the name's language where it is not the page's.
 */
export function qrSvg(text: string, label: string, labelLang?: string): string {
  const { data, size } = encode(text, { ecc: 'M', border: 2 });
  let path = '';
  data.forEach((row, y) => {
    for (let x = 0; x < size;) {
      if (!row[x]) {
        x++;
        continue;
      }
      let end = x;
      while (end < size && row[end]) end++;
      path += `M${x} ${y}h${end - x}v1h${x - end}z`;
      x = end;
    }
  });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" width="${2 * size}" height="${2 * size}" role="img" aria-label="${escapeXml(label)}"${labelLang ? ` lang="${escapeXml(labelLang)}"` : ''} shape-rendering="crispEdges">` +
    `<rect width="${size}" height="${size}" fill="#fff"/><path fill="#000" d="${path}"/></svg>`
  );
}
