import type { RedactionStyle } from '../types';

/** `[NIK disamarkan]`: the label placeholder. Contains no digits, so it never re-matches. */
export function labelRedaction(label: string): string {
  return `[${label} disamarkan]`;
}

/**
 * Keep the first 4 and last 2 letters/digits, mask the others with `*`, keep separators:
 * `3273010101900002` -> `3273**********02`, `0812-3456-7890` -> `0812-****-**90`.
 * Short values keep proportionally less so that at least half is masked.
 */
export function partialMask(s: string): string {
  const isAlnum = (c: string) => /[0-9A-Za-z]/.test(c);
  let total = 0;
  for (const c of s) if (isAlnum(c)) total++;
  let head = 4;
  let tail = 2;
  if (total < 12) {
    head = Math.floor(total / 4);
    tail = Math.min(2, Math.floor(total / 5));
  }
  let i = 0;
  let out = '';
  for (const c of s) {
    if (isAlnum(c)) {
      out += i < head || i >= total - tail ? c : '*';
      i++;
    } else out += c;
  }
  return out;
}

/** "Siti Aminah" -> "S. A." */
export function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter((w) => /\p{L}/u.test(w))
    .map((w) => `${w.match(/\p{L}/u)![0]!.toUpperCase()}.`)
    .join(' ');
}

/** Redaction for number-like identifiers. */
export function redactNumber(label: string) {
  return (hitText: string, style: RedactionStyle): string =>
    style === 'label' ? labelRedaction(label) : partialMask(hitText);
}
