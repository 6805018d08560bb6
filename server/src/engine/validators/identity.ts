/**
 * Region and date checks shared by the NIK and KK validators.
 *
 * Region codes come from regions.generated.ts (generated from `idn-area-data` by
 * scripts/gen-regions.ts). Policy for codes that are not in the current list:
 * - a known district code (PPKKCC) is a strong match;
 * - a known regency (PPKK) with an unknown district is accepted as "regency" level:
 *   a NIK keeps the district code of first registration, and districts are renumbered
 *   when regencies split;
 * - provinces split after e-KTP started (Kalimantan Timur 64 -> Kalimantan Utara 65 in
 *   2012; Papua 91 and Papua Barat 92 -> 93..96 in 2022) lost regency codes that old
 *   NIKs still carry, so for 64/91/92 any regency number 01-29 or 71-79 is "legacy".
 * Validators accept "regency" and "legacy" only when a label word (NIK, KK) is near.
 */
import { DISTRICT_CODES, PROVINCE_CODES, REGENCY_CODES } from './regions.generated';
import { isValidDayMonth } from './context';

export type RegionLevel = 'district' | 'regency' | 'legacy';

const LEGACY_SPLIT_PROVINCES = new Set(['64', '91', '92']);

export function regionLevel(code6: string): RegionLevel | null {
  if (DISTRICT_CODES.has(code6)) return 'district';
  if (code6.slice(4, 6) === '00') return null;
  if (REGENCY_CODES.has(code6.slice(0, 4))) return 'regency';
  const prov = code6.slice(0, 2);
  const reg = Number(code6.slice(2, 4));
  if (PROVINCE_CODES.has(prov) && LEGACY_SPLIT_PROVINCES.has(prov) && ((reg >= 1 && reg <= 29) || (reg >= 71 && reg <= 79)))
    return 'legacy';
  return null;
}

/** NIK date part DDMMYY, women day + 40. */
export function nikDateValid(d6: string): boolean {
  let day = Number(d6.slice(0, 2));
  const month = Number(d6.slice(2, 4));
  if (day > 40) day -= 40;
  return isValidDayMonth(day, month);
}

/** KK date part DDMMYY (registration date, no +40). */
export function kkDateValid(d6: string): boolean {
  return isValidDayMonth(Number(d6.slice(0, 2)), Number(d6.slice(2, 4)));
}

/** Candidate pattern shared by 16-digit identifiers: plain, or in 6-6-4 / 4-4-4-4 groups. */
export const SIXTEEN_DIGITS = /(?<![\w.\/-])(?:\d{16}|\d{6}[ .-]\d{6}[ .-]\d{4}|\d{4}[ .-]\d{4}[ .-]\d{4}[ .-]\d{4})(?![\w\/]|[.,-]\d)/g;
