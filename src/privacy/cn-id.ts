/**
 * Chinese resident identity numbers, GB 11643-1999: 6-digit area, 8-digit birth date, 3-digit
 * sequence, ISO 7064 MOD 11-2 check character (X = 10). Legacy 15-digit numbers carry a 6-digit date (19yymmdd).
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/** The MOD 11-2 check character for the first 17 digits. */
export function cnIdCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * (WEIGHTS[i] ?? 0);
  return CHECK[sum % 11] ?? '';
}

function validDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return d <= (days[m - 1] ?? 0);
}

/** True for a valid 18-character (checksummed) or 15-digit legacy resident ID. */
export function cnIdValid(id: string): boolean {
  if (/^\d{17}[\dXx]$/.test(id)) {
    const y = Number(id.slice(6, 10));
    if (y < 1900 || y > 2099) return false;
    if (!validDate(y, Number(id.slice(10, 12)), Number(id.slice(12, 14)))) return false;
    return cnIdCheckChar(id.slice(0, 17)) === id[17]?.toUpperCase();
  }
  if (/^\d{15}$/.test(id)) {
    if (id[0] === '0') return false;
    return validDate(1900 + Number(id.slice(6, 8)), Number(id.slice(8, 10)), Number(id.slice(10, 12)));
  }
  return false;
}
