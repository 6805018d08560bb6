import assert from 'node:assert/strict';
import { Linter } from '../../server/src/engine';
import { UNKNOWN_DIRECTIVE_RULE } from '../../server/src/engine/linter';
import { shippedLinter, shippedRules } from '../helpers/rules';

describe('engine: misspelt suppression directives (#15.3)', () => {
  const linter = shippedLinter();
  const body = 'Dasar goblok kerjanya.\nKamu tolol.';

  for (const wrong of ['disable-nextline', 'disable-next', 'disable-lines', 'disabled', 'enabel', 'Disable', 'disable-all']) {
    it(`[etika-asn-${wrong}] suppresses nothing and is reported with the known spellings`, () => {
      for (const [open, close, languageId] of [['[', ']', 'plaintext'], ['<!-- ', ' -->', 'markdown']] as const) {
        const text = `${open}etika-asn-${wrong}${close}\n${body}`;
        const findings = linter.lint(text, { languageId });
        const plain = linter.lint(body, { languageId }).map((f) => f.ruleId);
        assert.deepEqual(findings.filter((f) => f.ruleId !== UNKNOWN_DIRECTIVE_RULE).map((f) => f.ruleId), plain, text);
        const [hint] = findings.filter((f) => f.ruleId === UNKNOWN_DIRECTIVE_RULE);
        assert.ok(hint, text);
        assert.equal(hint.severity, 'hint');
        assert.equal(hint.match, wrong);
        for (const known of ['etika-asn-disable-next-line', 'etika-asn-disable-line', 'etika-asn-disable', 'etika-asn-enable']) assert.ok(hint.message.includes(known));
        assert.equal(hint.fixes[0].safe, false);
      }
    });
  }

  it('known directives still work and are not reported; other "etika-asn-" words are left alone', () => {
    assert.deepEqual(linter.lint(`[etika-asn-disable-next-line]\nDasar goblok kerjanya.`), []);
    assert.deepEqual(linter.lint(`[etika-asn-disable]\n${body}\n[etika-asn-enable]`), []);
    assert.deepEqual(linter.lint('Jalankan etika-asn-ls untuk server bahasa.'), []);
  });

  it('the report can be turned off', () => {
    const quiet = new Linter(shippedRules().rules, { rules: { [UNKNOWN_DIRECTIVE_RULE]: 'off' } });
    assert.ok(quiet.lint(`[etika-asn-disable-nextline]\n${body}`).every((f) => f.ruleId !== UNKNOWN_DIRECTIVE_RULE));
  });
});
