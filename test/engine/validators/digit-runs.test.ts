// The shared digit-run pass (validators/digit-runs.ts) must find exactly the candidates a
// global scan of each number validator's pattern finds.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { RegExpParser, type AST } from '@eslint-community/regexpp';
import { VALIDATORS, type Validator } from '../../../server/src/engine/validators';
import { candidatesInRuns, findDigitRuns } from '../../../server/src/engine/validators/digit-runs';

const NUMBER_VALIDATORS = Object.values(VALIDATORS).filter((v) => v.digitRun);

function globalScan(v: Validator, text: string): string[] {
  return [...text.matchAll(new RegExp(v.candidates.source, v.candidates.flags))].map((m) => `${m.index}:${m[0]}`);
}

function viaRuns(v: Validator, text: string): string[] {
  return candidatesInRuns(v, text, findDigitRuns(text)).map((c) => `${c.start}:${c.text}`);
}

/** Fewest digits and characters any match of the element can have. */
function least(node: AST.Element | AST.Alternative | AST.Pattern | AST.Group | AST.CapturingGroup): { digits: number; length: number } {
  switch (node.type) {
    case 'Pattern':
    case 'Group':
    case 'CapturingGroup': {
      const options = node.alternatives.map(least);
      return { digits: Math.min(...options.map((o) => o.digits)), length: Math.min(...options.map((o) => o.length)) };
    }
    case 'Alternative':
      return node.elements.map(least).reduce((a, b) => ({ digits: a.digits + b.digits, length: a.length + b.length }), { digits: 0, length: 0 });
    case 'Quantifier': {
      const one = least(node.element as AST.Group);
      return { digits: one.digits * node.min, length: one.length * node.min };
    }
    case 'Character':
      return { digits: /\d/.test(String.fromCodePoint(node.value)) ? 1 : 0, length: 1 };
    case 'CharacterSet':
      return { digits: node.kind === 'digit' && !node.negate ? 1 : 0, length: 1 };
    case 'CharacterClass': {
      const onlyDigits = !node.negate && node.elements.every((e) => e.type === 'CharacterSet' && e.kind === 'digit' && !e.negate);
      return { digits: onlyDigits ? 1 : 0, length: 1 };
    }
    default:
      return { digits: 0, length: 0 };
  }
}

describe('digit runs', () => {
  it('a run takes the separators numbers are written with, and a leading + or (', () => {
    const text = 'NIK 3273 0115 0190 0002, HP +62 812-3456-7890 atau (022) 1234567; tgl 1/2.';
    const runs = findDigitRuns(text).map((r) => text.slice(r.start, r.end));
    assert.deepEqual(runs, ['3273 0115 0190 0002', '+62 812-3456-7890 ', '(022) 1234567', '1', '2.']);
  });

  it('each declared minimum is the least a match of the pattern can have', () => {
    for (const v of NUMBER_VALIDATORS) {
      const pattern = new RegExpParser({ ecmaVersion: 2024 }).parsePattern(v.candidates.source);
      const { digits, length } = least(pattern);
      assert.deepEqual(v.digitRun, { minDigits: digits, minLength: length }, v.name);
    }
  });

  it('finds what a global scan finds on edge cases', () => {
    const cases = [
      '3273011501900002',
      '327301150190000',
      '32730115019000021',
      '3273011501900002 3273011501900003',
      '3273011501900002.3273011501900003',
      'a3273011501900002',
      '3273-0115-0190-0002',
      '327301 150190 0002',
      '01.234.567.8-901.000',
      '19780615 200501 1 002',
      '197806152005011002',
      '0001234567890 dan 12345678901',
      '+6281234567890, 6281234567890, (0812) 3456 7890, 0812.3456.7890',
      '08.30-10.00 di 022-1234567',
      '1234 5678 9012 3456 / 1234-5678-9012',
      'Rp1.250.000.000 dan 1234567890 2026',
      '((0812 345 678', '+(0812345678', '1+6281234567', '(0)812345678',
    ];
    for (const text of cases) for (const v of NUMBER_VALIDATORS) assert.deepEqual(viaRuns(v, text), globalScan(v, text), `${v.name} on ${text}`);
  });

  it('finds what a global scan finds on random number-like text', () => {
    const piece = fc.oneof(
      fc.stringMatching(/^\d{1,18}$/),
      fc.constantFrom(' ', '.', '-', '(', ')', '+', ',', '/', 'a', 'NIK ', '\n', '62', '08', '+62', '(0'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        for (const v of NUMBER_VALIDATORS) assert.deepEqual(viaRuns(v, text), globalScan(v, text), v.name);
      }),
      { numRuns: 500 },
    );
  });
});
