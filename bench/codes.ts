// Check characters for the codes the generator writes, and small text helpers.

import { creditCheckChar as checkChar } from '../src/model/codes.js';
import { at } from '../src/util/at.js';

/** GB 32100 check character (the product's own implementation: generated codes are valid by its definition). */
export function creditCheckChar(first17: string): string {
  const c = checkChar(first17);
  if (c === undefined) throw new Error(`not a credit-code body: ${first17}`);
  return c;
}

/** GB 11714 organization code: 8 characters + check (weights 3,7,9,10,5,8,4,2; mod 11; 10 → X). */
export function orgCode(body8: string): string {
  const w = [3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += parseInt(at(body8, i), 36) * at(w, i);
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
  if (n < 10) return at(DIGITS, n);
  if (n < 20) return '十' + (n % 10 ? at(DIGITS, n % 10) : '');
  if (n < 100) return at(DIGITS, Math.floor(n / 10)) + '十' + (n % 10 ? at(DIGITS, n % 10) : '');
  if (n < 1000) {
    const r = n % 100;
    return (
      at(DIGITS, Math.floor(n / 100)) +
      '百' +
      (r === 0 ? '' : r < 10 ? '零' + at(DIGITS, r) : r < 20 ? '一' + cn(r) : cn(r))
    );
  }
  const r = n % 1000;
  return at(DIGITS, Math.floor(n / 1000)) + '千' + (r === 0 ? '' : r < 100 ? '零' + cn(r) : cn(r));
}
