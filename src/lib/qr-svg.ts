import { encode } from 'uqr';
import { escapeXml } from './escape.ts';

/**
 * A QR code as a small inline SVG: one path with a rectangle for each horizontal run of dark
 * modules. uqr's own renderSVG draws a separate square per module (about 6 KB for a short URL);
 * runs make it a third of that, which matters for a page that must arrive in one round trip.
 * Error correction M (15%) survives a crease or a smudge on paper; the two-module white border
 * plus the page margin around it gives scanners their quiet zone. The width and height attributes
 * (two pixels a module) give it a size before any CSS applies; print.css sets the printed size.
 * `labelLang` marks the name's language where it is not the page's (an English fallback).
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
