// The whole shipped rule set against realistic text: formal reporting must stay quiet,
// abusive or partisan posts must be caught. Each fixture file holds one case per line.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CATEGORIES, type Category } from '../../server/src/engine';
import { shippedLinter, shippedRules } from '../helpers/rules';

const FIXTURES = path.join(__dirname, '..', 'fixtures');

function cases(kind: 'clean' | 'abusive'): { file: string; line: number; text: string }[] {
  const dir = path.join(FIXTURES, kind);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .flatMap((file) =>
      fs
        .readFileSync(path.join(dir, file), 'utf8')
        .split('\n')
        .map((text, i) => ({ file, line: i + 1, text: text.trim() }))
        .filter((c) => c.text && !c.text.startsWith('#')),
    );
}

describe('precision on formal official text (test/fixtures/clean)', () => {
  const clean = cases('clean');
  it('has a corpus to check', () => assert.ok(clean.length >= 40, `${clean.length} lines`));
  for (const c of clean) {
    it(`${c.file}:${c.line} stays free of errors and warnings`, () => {
      const loud = shippedLinter()
        .lint(c.text)
        .filter((f) => f.severity === 'error' || f.severity === 'warning');
      assert.deepEqual(loud.map((f) => `${f.ruleId}: "${f.match}"`), []);
    });
  }
});

/**
 * The categories a fixture file holds, from its name ("hoaks-kepentingan-kerahasiaan.txt");
 * undefined for a mixed file, whose lines need a warning or error of any category.
 */
const FILE_WORDS: Record<string, Category> = { kepentingan: 'kepentingan-pribadi', konflik: 'konflik-kepentingan', kodeetik: 'kode-etik' };
function expectedCategories(file: string): Set<Category> | undefined {
  const words = path.basename(file, '.txt').split('-');
  const found = words.map((w) => FILE_WORDS[w] ?? ((CATEGORIES as readonly string[]).includes(w) ? (w as Category) : undefined));
  return found.every(Boolean) ? new Set(found as Category[]) : undefined;
}

describe('recall on violating posts (test/fixtures/abusive)', () => {
  const abusive = cases('abusive');
  it('has a corpus to check', () => assert.ok(abusive.length >= 30, `${abusive.length} lines`));
  for (const c of abusive) {
    // any finding is not enough: a finding of another category is a miss of this one
    it(`${c.file}:${c.line} is caught by a rule of its file's categories`, () => {
      const expected = expectedCategories(c.file);
      const caught = shippedLinter()
        .lint(c.text)
        .filter((f) => (expected ? expected.has(f.category) : f.severity === 'error' || f.severity === 'warning'));
      assert.ok(caught.length > 0, `${c.text}\n  expected: ${expected ? [...expected].join(', ') : 'any category'}; got: ${shippedLinter().lint(c.text).map((f) => `${f.ruleId} (${f.severity})`).join(', ') || 'nothing'}`);
    });
  }
});

describe('the examples the README checks', () => {
  const linter = shippedLinter();
  const read = (name: string) => fs.readFileSync(path.join(__dirname, '..', '..', 'examples', name), 'utf8');

  it('a clean official press release gives no error or warning', () => {
    const findings = linter.lint(read('siaran-pers-bersih.siaran'));
    assert.deepEqual(findings.filter((f) => f.severity === 'error' || f.severity === 'warning').map((f) => `${f.ruleId}: ${f.match}`), []);
  });

  it('the problem draft shows findings from several categories', () => {
    const categories = new Set(linter.lint(read('siaran-pers-bermasalah.siaran')).map((f) => f.category));
    const caption = new Set(linter.lint(read('caption-medsos.md'), { languageId: 'markdown' }).map((f) => f.category));
    assert.ok(categories.size >= 5, [...categories].join(', '));
    assert.ok(caption.size >= 3, [...caption].join(', '));
  });
});

describe('personal data stays out of messages', () => {
  // diagnostics travel further than the document: CI logs, SARIF uploads, screenshots
  it('no personal-data identifier finding repeats the identifier in its message', () => {
    const linter = shippedLinter();
    const { rules } = shippedRules();
    for (const rule of rules.filter((r) => r.category === 'data-pribadi' && r.match.validator)) {
      for (const ex of rule.examples.invalid) {
        for (const f of linter.lint(ex.text).filter((x) => x.ruleId === rule.id)) {
          assert.ok(!f.message.includes(f.match), `${rule.id}: ${f.message}`);
        }
      }
    }
  });
});
