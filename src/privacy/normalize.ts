/**
 * Full-width (U+FF01–U+FF5E) and ideographic space map one UTF-16 unit to one ASCII unit, so the
 * normalised string has the same length and every offset found in it indexes the original.
 */
export function normalizeWidth(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
    else if (c === 0x3000) out += ' ';
    else out += text[i];
  }
  return out;
}
