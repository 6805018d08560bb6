// Every document of n characters is checked (and fixed) in about linear time: doubling an
// adversarial input must not much more than double the time. A ratio of two measured
// times, not a time, so a slow machine does not fail it; each size is measured best-of-3.
import assert from 'node:assert/strict';
import { fixText } from '../../server/src/engine';
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

/** time(2n) / time(n), the lower of two tries (a busy machine can slow one measurement down). */
function ratio(work: (n: number) => () => void, n: number): number {
  const small = work(n);
  const large = work(2 * n);
  small();
  let r = Infinity;
  for (let attempt = 0; attempt < 2 && r >= 3; attempt++) r = Math.min(r, best(large) / Math.max(best(small), 1));
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
  it('fix: a long line with many fixable hits', () => {
    const r = ratio((n) => {
      const text = 'urusan gue, dasar tolol wkwk, ane sibuk '.repeat(Math.ceil(n / 40));
      return () => fixText(linter, text);
    }, 20000);
    assert.ok(r < 3, `time ratio for doubled input: ${r.toFixed(2)}`);
  });
});
