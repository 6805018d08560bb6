/**
 * Passport number: 1-2 letters + 6-7 digits (Indonesian: 1 letter + 7 digits; unverified),
 * only with the word "paspor"/"passport" just before it.
 */
import type { Validator } from './types';
import { lineBefore, nearestLabel } from './context';
import { redactNumber } from './redact';

export const paspor: Validator = {
  name: 'paspor',
  label: 'nomor paspor',
  candidates: /(?<![\w\/-])[A-Z]{1,2}\s?\d{6,7}(?![\w\/])/g,
  validate(c, text) {
    if (!/\b(?:paspor|passport)\b/i.test(lineBefore(text, c.start, 60))) return null;
    const label = nearestLabel(text, c.start, 60);
    if (label && label.kind !== 'paspor' && label.kind !== 'rekening' && label.distance <= 20) return null;
    return { start: c.start, end: c.end };
  },
  redact: redactNumber('nomor paspor'),
};
