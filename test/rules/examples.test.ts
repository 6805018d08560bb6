// Runs every rule file's own examples, the way ESLint's RuleTester does.
import assert from 'node:assert/strict';
import { applyEdits, CATEGORIES, Linter } from '../../server/src/engine';
import { formatProblem } from '../../server/src/node/ruleFiles';
import { sampleRegistryConfig, shippedRules } from '../helpers/rules';

const { rules, problems } = shippedRules();

describe('shipped rule files', () => {
  it('all load without problems', () => {
    assert.deepEqual(problems.map(formatProblem), []);
  });

  it('cover every category with at least 4 rules, 60 overall, 25 with a fix', () => {
    for (const c of CATEGORIES) {
      const n = rules.filter((r) => r.category === c).length;
      assert.ok(n >= 4, `kategori ${c} hanya punya ${n} aturan`);
    }
    assert.ok(rules.length >= 60, `${rules.length} aturan`);
    const withFix = rules.filter((r) => r.fix).length;
    assert.ok(withFix >= 25, `${withFix} aturan dengan perbaikan`);
  });
});

for (const rule of rules) {
  describe(`rule ${rule.id}`, () => {
    // one rule alone, so its examples test it and nothing else
    // (rules naming registry terms run with the sample election registry)
    const linter = new Linter([rule], rule.match.registryPatterns.length > 0 ? sampleRegistryConfig() : {});

    it('has at least 2 invalid and 2 valid examples', () => {
      assert.ok(rule.examples.invalid.length >= 2);
      assert.ok(rule.examples.valid.length >= 2);
    });

    rule.examples.invalid.forEach((ex, i) => {
      it(`invalid #${i + 1}: ${ex.text.slice(0, 60)}`, () => {
        const findings = linter.lint(ex.text, { languageId: ex.languageId });
        assert.equal(findings.length, ex.count ?? 1, `temuan: ${JSON.stringify(findings.map((f) => f.match))}`);
        for (const f of findings) {
          assert.equal(f.ruleId, rule.id);
          assert.ok(f.message.length > 0 && !/\{(match|label|replacement)\}/.test(f.message), 'pesan tanpa placeholder');
        }
        if (ex.match !== undefined) assert.equal(findings[0].match, ex.match);
        if (ex.output !== undefined) {
          const edits = findings.flatMap((f) => (f.fixes.find((x) => x.preferred) ?? f.fixes[0])?.edits ?? []);
          assert.ok(edits.length > 0, 'aturan ini tidak menawarkan perbaikan');
          assert.equal(applyEdits(ex.text, edits).text, ex.output);
        } else if (rule.fix) {
          assert.fail('contoh invalid dari aturan yang punya perbaikan harus memberi "output"');
        }
      });
    });

    rule.examples.valid.forEach((ex, i) => {
      it(`valid #${i + 1}: ${ex.text.slice(0, 60)}`, () => {
        const findings = linter.lint(ex.text, { languageId: ex.languageId });
        assert.deepEqual(findings.map((f) => f.match), []);
      });
    });
  });
}
