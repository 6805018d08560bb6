// A personal-data finding must not repeat what it protects: the message shown in the
// editor, the summary and SARIF never echoes the diagnosis, the offence or the number.
import assert from 'node:assert/strict';
import { Linter } from '../../server/src/engine';
import { shippedRules } from '../helpers/rules';

const rules = shippedRules().rules.filter((r) => r.category === 'data-pribadi');

describe('data-pribadi messages do not echo the personal data', () => {
  it('covers the personal-data rules', () => {
    assert.ok(rules.length >= 10, `${rules.length} aturan`);
  });
  for (const rule of rules) {
    it(`${rule.id}: no {match} in the message and no matched text in any finding`, () => {
      assert.ok(!rule.message.includes('{match}'), 'pesan memuat {match}');
      const linter = new Linter([rule]);
      let seen = 0;
      for (const ex of rule.examples.invalid) {
        for (const f of linter.lint(ex.text, { languageId: ex.languageId })) {
          seen++;
          assert.ok(f.match.length > 0);
          assert.ok(!f.message.toLowerCase().includes(f.match.toLowerCase()), `${f.message} memuat "${f.match}"`);
          // Nor any other identifier-like piece of the example (digit runs, e-mail).
          assert.doesNotMatch(f.message, /\d{4,}|@\w/);
          for (const fix of f.fixes) assert.ok(!fix.title.includes(f.match), `judul perbaikan memuat "${f.match}"`);
        }
      }
      assert.ok(seen > 0, 'contoh invalid tanpa temuan');
    });
  }
});
