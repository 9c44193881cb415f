/**
 * A small confusable "skeleton" (in the spirit of Unicode TR39): look-alike characters collapse to
 * the Latin letter they imitate, so `pаypa1` (Cyrillic а, digit 1) and `paypal` share a skeleton.
 * Deliberately small: the letters phishing domains actually use, not the whole TR39 table.
 */
const MAP: Readonly<Record<string, string>> = {
  // Cyrillic
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x',
  ѕ: 's', і: 'l', ї: 'l', ј: 'j', ԁ: 'd', ԛ: 'q', ԝ: 'w', һ: 'h', ӏ: 'l', ɡ: 'g', ү: 'y', п: 'n', г: 'r',
  // Greek
  α: 'a', β: 'b', ε: 'e', η: 'n', ι: 'l', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', ω: 'w', μ: 'u',
  // Latin look-alikes and digits
  ı: 'l', ł: 'l', ɩ: 'l', ℓ: 'l', i: 'l', '1': 'l', '|': 'l', '0': 'o', '5': 's', '3': 'e', '4': 'a', '7': 't', '8': 'b', '9': 'g',
  ß: 'b', ø: 'o', ö: 'o', ó: 'o', ò: 'o', ô: 'o', õ: 'o', á: 'a', à: 'a', â: 'a', ä: 'a', ã: 'a', å: 'a', é: 'e', è: 'e',
  ê: 'e', ë: 'e', í: 'l', ì: 'l', î: 'l', ï: 'l', ú: 'u', ù: 'u', û: 'u', ü: 'u', ç: 'c', ñ: 'n', ý: 'y', ÿ: 'y', ś: 's',
  š: 's', ž: 'z', ź: 'z', ż: 'z', ń: 'n', ğ: 'g', ş: 's', ţ: 't', ą: 'a', ę: 'e', ė: 'e', č: 'c', ć: 'c', ď: 'd', ř: 'r',
};

/**
 * The skeleton of a domain label: lower-cased, look-alikes folded, `rn`→`m`, `vv`→`w`, `cl`→`d`,
 * hyphens kept. Two labels with the same skeleton look the same to a hurried reader.
 */
export function skeleton(label: string): string {
  let out = '';
  for (const ch of label.normalize('NFKC').toLowerCase()) out += MAP[ch] ?? ch;
  return out.replace(/rn/g, 'm').replace(/vv/g, 'w').replace(/cl/g, 'd');
}

/** The scripts (Latin, Cyrillic, Greek, Han, …) used by letters in `label`. */
export function scriptsOf(label: string): Set<string> {
  const scripts = new Set<string>();
  for (const ch of label) {
    if (/\p{Script=Latin}/u.test(ch)) scripts.add('Latin');
    else if (/\p{Script=Cyrillic}/u.test(ch)) scripts.add('Cyrillic');
    else if (/\p{Script=Greek}/u.test(ch)) scripts.add('Greek');
    else if (/\p{Script=Han}/u.test(ch)) scripts.add('Han');
    else if (/\p{Script=Armenian}/u.test(ch)) scripts.add('Armenian');
    else if (/\p{L}/u.test(ch)) scripts.add('Other');
  }
  return scripts;
}

/** Levenshtein distance, giving up (returning `max + 1`) once it exceeds `max`. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      row.push(value);
      if (value < best) best = value;
    }
    if (best > max) return max + 1;
    prev = row;
  }
  return prev[b.length]!;
}
