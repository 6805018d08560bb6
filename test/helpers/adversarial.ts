// Adversarial documents of a given size, for the complexity tests and the fuzz script:
// each stresses one place where a scan could restart per hit, per opener or per period.
/** `size`: a length at which checking takes long enough to measure. */
export const ADVERSARIAL: Record<string, { languageId?: string; size: number; make: (n: number) => string }> = {
  'long line, many hits': { size: 30_000, make: (n) => 'Pak, itu urusan gue, dasar tolol dan goblok wkwk. '.repeat(Math.ceil(n / 50)).replace(/\. /g, ', ') },
  'long line, many context hits': { size: 30_000, make: (n) => 'ane '.repeat(Math.ceil(n / 4)) },
  'unclosed HTML comments': { languageId: 'markdown', size: 30_000, make: (n) => '<!-- tolol '.repeat(Math.ceil(n / 11)) },
  'link openers': { languageId: 'markdown', size: 30_000, make: (n) => '[x]( tolol '.repeat(Math.ceil(n / 11)) },
  backticks: { languageId: 'markdown', size: 400_000, make: (n) => '`'.repeat(n) },
  'long word': { size: 1_000_000, make: (n) => 'a'.repeat(n) },
  'long word then hits': { size: 1_000_000, make: (n) => 'a'.repeat(n) + '. ' + 'tolol '.repeat(100) },
  'many sentence ends': { size: 200_000, make: (n) => 'a. '.repeat(Math.ceil(n / 3)) },
  'abbreviations and initials': { size: 30_000, make: (n) => 'Jl. H. No. tolol '.repeat(Math.ceil(n / 17)) },
  'digits and at signs': { size: 400_000, make: (n) => '1'.repeat(n / 2) + ' ' + '@'.repeat(n / 2) },
  'directives on one line': { size: 100_000, make: (n) => '[etika-asn-disable-line x] tolol '.repeat(Math.ceil(n / 33)) },
  'redaction labels': { size: 30_000, make: (n) => '[NIK disamarkan] 3273014506900002 '.repeat(Math.ceil(n / 34)) },
};
