// Every document of n characters is checked (and fixed) in about linear time: doubling an
// adversarial input must not much more than double the time. A ratio of two measured
// times, not a time, so a slow machine does not fail it; each size is measured best-of-3.
import assert from 'node:assert/strict';
import { fixText, Linter, parseRule } from '../../server/src/engine';
import { ADVERSARIAL } from '../helpers/adversarial';
import { shippedLinter } from '../helpers/rules';

function best(run: () => void): number {
  let t = Infinity;
  for (let i = 0; i < 3; i++) {
    const a = performance.now();
    run();
    t = Math.min(t, performance.now() - a);
  }
  return t;
}

/** time(2n) / time(n), the lowest of up to six tries (a busy machine can slow one measurement down; quadratic work gives 4 on every try). */
function ratio(work: (n: number) => () => void, n: number): number {
  const small = work(n);
  const large = work(2 * n);
  small();
  let r = Infinity;
  for (let attempt = 0; attempt < 6 && r >= 3; attempt++) r = Math.min(r, best(large) / Math.max(best(small), 1));
  return r;
}

describe('engine: checking time grows linearly on adversarial input (#15.11)', function () {
  this.timeout(300000);
  const linter = shippedLinter();
  for (const [name, { languageId, size, make }] of Object.entries(ADVERSARIAL)) {
    it(`lint: ${name}`, () => {
      const r = ratio((n) => {
        const text = make(n);
        return () => linter.lint(text, { languageId });
      }, size);
      assert.ok(r < 3, `time ratio for doubled input: ${r.toFixed(2)}`);
    });
  }
  it('lint: a document-scope rule with requireAny and many hits', () => {
    const { rule } = parseRule(
      'aturan/kesantunan/dok.yaml',
      `category: kesantunan
severity: warning
title: Uji lingkup dokumen
message: Kata uji ini tidak pantas dipakai.
description: Aturan uji untuk lingkup dokumen.
basis: PP 94/2021 Pasal 5 huruf n
match:
  terms: [tolol]
context:
  scope: document
  requireAny: [warga]
  excludePattern: 'zzz'
examples:
  invalid: [warga tolol sekali, ini tolol warga]
  valid: [kata lain, bukan itu]
`,
    );
    const docLinter = new Linter([rule!]);
    const r = ratio((n) => {
      const text = 'tolol dan warga '.repeat(Math.ceil(n / 16));
      return () => docLinter.lint(text);
    }, 30000);
    assert.ok(r < 3, `time ratio for doubled input: ${r.toFixed(2)}`);
  });
  it('fix: a long line with many fixable hits', () => {
    const r = ratio((n) => {
      const text = 'urusan gue, dasar tolol wkwk, ane sibuk '.repeat(Math.ceil(n / 40));
      return () => fixText(linter, text);
    }, 20000);
    assert.ok(r < 3, `time ratio for doubled input: ${r.toFixed(2)}`);
  });
});
