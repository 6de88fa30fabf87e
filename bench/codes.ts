// Check characters for the codes the generator writes, and small text helpers.

const GB32100_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const GB32100_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** GB 32100 check character for the first 17 characters of a unified social credit code. */
export function creditCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += GB32100_CHARS.indexOf(first17[i]) * GB32100_WEIGHTS[i];
  const c = 31 - (sum % 31);
  return GB32100_CHARS[c === 31 ? 0 : c];
}

/** GB 11714 organization code: 8 characters + check (weights 3,7,9,10,5,8,4,2; mod 11; 10 → X). */
export function orgCode(body8: string): string {
  const w = [3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += parseInt(body8[i], 36) * w[i];
  const c = 11 - (sum % 11);
  return body8 + (c === 10 ? 'X' : c === 11 ? '0' : String(c));
}

/** 18-character unified social credit code of a government body (登记管理部门 1 机构编制, 类别 1 机关). */
export function creditCode(division: string, body8: string): string {
  const first17 = '11' + division + orgCode(body8);
  return first17 + creditCheckChar(first17);
}

const DIGITS = '零一二三四五六七八九';
/** Chinese numeral for 1..9999 as written in article numbers and time limits (十五, 二十, 一百零五). */
export function cn(n: number): string {
  if (n < 10) return DIGITS[n];
  if (n < 20) return '十' + (n % 10 ? DIGITS[n % 10] : '');
  if (n < 100) return DIGITS[Math.floor(n / 10)] + '十' + (n % 10 ? DIGITS[n % 10] : '');
  if (n < 1000) {
    const r = n % 100;
    return DIGITS[Math.floor(n / 100)] + '百' + (r === 0 ? '' : r < 10 ? '零' + DIGITS[r] : r < 20 ? '一' + cn(r) : cn(r));
  }
  const r = n % 1000;
  return DIGITS[Math.floor(n / 1000)] + '千' + (r === 0 ? '' : r < 100 ? '零' + cn(r) : cn(r));
}
