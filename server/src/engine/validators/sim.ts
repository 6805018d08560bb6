/**
 * Driving licence (SIM) number: old 12 digits `YYMM AAAA SSSS` or Smart SIM 14 digits
 * (both unverified), written plain or with dashes/spaces; only with "SIM" just before it.
 */
import type { Validator } from './types';
import { digitsOf, nearestLabel } from './context';
import { redactNumber } from './redact';

export const sim: Validator = {
  name: 'sim',
  label: 'nomor SIM',
  candidates: /(?<![\w.\/-])(?:\d{12}|\d{14}|\d{4}[ -]\d{4}[ -]\d{4}(?:\d{2})?|\d{4}[ -]\d{4}[ -]\d{6})(?![\w\/]|[.,-]\d)/g,
  digitRun: { minDigits: 12, minLength: 12 },
  validate(c, text) {
    const d = digitsOf(c.text);
    if (d.length !== 12 && d.length !== 14) return null;
    const label = nearestLabel(text, c.start, 60);
    if (!label || label.kind !== 'sim' || label.distance > 40) return null;
    return { start: c.start, end: c.end };
  },
  redact: redactNumber('nomor SIM'),
};
