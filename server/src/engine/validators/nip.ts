/**
 * NIP PNS (Perka BKN 22/2007): 18 digits `YYYYMMDD YYYYMM G NNN`: birth date, TMT CPNS
 * year-month (at least 17 years after birth, not in the future), gender 1/2, serial
 * != 000. Often written with spaces: `19780615 200501 1 002`. NI PPPK reportedly uses
 * month "21" in the TMT slot (unverified): accepted only with a PPPK label near.
 */
import type { Validator } from './types';
import { digitsOf, isReference, isValidDate, lineBefore, nearestLabel } from './context';
import { redactNumber } from './redact';

export function checkNip(d: string, pppk = false, now = new Date()): boolean {
  if (d.length !== 18) return false;
  const by = Number(d.slice(0, 4));
  const bm = Number(d.slice(4, 6));
  const bd = Number(d.slice(6, 8));
  const ty = Number(d.slice(8, 12));
  const tm = Number(d.slice(12, 14));
  const g = d[14];
  const year = now.getFullYear();
  if (by < 1940 || by > year - 17) return false;
  if (!isValidDate(by, bm, bd)) return false;
  if (g !== '1' && g !== '2') return false;
  if (d.slice(15) === '000') return false;
  const tmOk = (tm >= 1 && tm <= 12) || (pppk && tm === 21);
  if (!tmOk || ty > year + 1) return false;
  const tmonth = tm === 21 ? 1 : tm;
  if (ty * 12 + tmonth < (by + 17) * 12 + bm) return false;
  return true;
}

export const nip: Validator = {
  name: 'nip',
  label: 'NIP',
  candidates: /(?<![\w.\/-])(?:\d{18}|\d{8} \d{6} \d \d{3})(?![\w\/]|[.,-]\d)/g,
  digitRun: { minDigits: 18, minLength: 18 },
  validate(c, text) {
    const d = digitsOf(c.text);
    const pppk = /\bpppk\b/i.test(lineBefore(text, c.start, 60));
    if (!checkNip(d, pppk)) return null;
    const label = nearestLabel(text, c.start);
    const labelled = label !== null && label.distance <= 40;
    if (labelled && label.kind !== 'nip') return null;
    if (!labelled && isReference(text, c.start, c.end)) return null;
    return { start: c.start, end: c.end };
  },
  redact: redactNumber('NIP'),
};
