// GATE, not yet in `npm test`: `error` means "do not publish", so an error-severity rule must be
// near-certain on real text. On the corpus `test` split, every error rule that fires on at least
// 5 labelled items must have precision >= 0.95 (items labelled 1 for its category / items it fired on).
//
// Today's rules fail it (see the README, "Quality on real text"). The file is named *.gate.ts so
// .mocharc.json's spec (test/**/*.test.ts) skips it; run it with
//   npx mocha --no-config -r tsx/cjs --extension ts test/eval/error-precision.gate.ts
// and enable it by renaming it to error-precision.test.ts once it passes. Do not weaken it.
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { builtinEngine, corpusFiles, evaluate, failingErrorRules, fmt, loadCorpus, TARGETS } from '../../scripts/eval-corpus';

describe('error rules are precise on real text (corpus test split)', function () {
  this.timeout(300_000);

  it(`every error rule firing on >= ${TARGETS.errorRuleMinFires} labelled items has precision >= ${TARGETS.errorRulePrecision}`, () => {
    const items = loadCorpus(corpusFiles(path.join(__dirname, '..', '..', 'corpus'))).flatMap((f) => f.items);
    const { lint, rules } = builtinEngine();
    const report = evaluate(items, lint, rules, 'test');
    assert.ok(report.items > 1000, `only ${report.items} test items`);
    const failing = failingErrorRules(report).map((r) => `${r.ruleId}: precision ${fmt(r.precision)} (on 1: ${r.onPositive}, on 0: ${r.onNegative})`);
    assert.deepEqual(failing, []);
  });
});
