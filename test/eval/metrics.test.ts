// The eval's arithmetic on a small hand-made corpus with a scripted linter, so a wrong
// precision, recall, rate or gate shows up without running the rules.
import assert from 'node:assert/strict';
import { evaluate, failingErrorRules, splitOf, type CorpusItem, type LintFn, type RuleInfo } from '../../scripts/eval-corpus';
import { CATEGORIES } from '../../server/src/engine/types';

const allZero = Object.fromEntries(CATEGORIES.map((c) => [c, 0]));
let n = 0;
function item(text: string, genre: CorpusItem['genre'], labels: CorpusItem['labels']): CorpusItem {
  const id = `t:${n++}`;
  return { id, text, genre, labels, split: splitOf(id), source: 's' };
}

const RULES: RuleInfo[] = [
  { id: 'kesantunan/kasar', category: 'kesantunan', severity: 'error' },
  { id: 'kesantunan/ejek', category: 'kesantunan', severity: 'info' },
  { id: 'hoaks/viral', category: 'hoaks', severity: 'warning' },
];
// A finding per marker word: KASAR -> error rule, EJEK -> info rule, VIRAL -> warning rule.
const lint: LintFn = (text) =>
  [...text.matchAll(/KASAR|EJEK|VIRAL/g)].map((m) => {
    const rule = RULES[['KASAR', 'EJEK', 'VIRAL'].indexOf(m[0])];
    return { ruleId: rule.id, category: rule.category, severity: rule.severity, match: m[0], offset: { start: m.index!, end: m.index! + m[0].length } };
  });

const items = [
  item('a KASAR b', 'social', { kesantunan: 1 }), // TP (strong)
  item('a EJEK b', 'social', { kesantunan: 1 }), // TP (weak only)
  item('sopan', 'social', { kesantunan: 1 }), // FN
  item('KASAR tapi bercanda', 'social', { kesantunan: 0 }), // FP (strong)
  item('biasa', 'social', { kesantunan: 0 }), // TN
  item('biasa juga', 'social', { kesantunan: 0 }), // TN
  item('VIRAL kan', 'hoax', { hoaks: 1 }),
  item('narasi', 'hoax', { hoaks: 1 }),
  item('berita VIRAL', 'news', { hoaks: 0 }),
  item('berita', 'news', { hoaks: 0 }),
  // 20 words, one error and one warning: 50 errors and 100 errors+warnings per 1,000 words.
  item('Siaran pers KASAR VIRAL ' + 'kata '.repeat(16).trim(), 'official', allZero),
];

describe('eval metrics (scripts/eval-corpus.ts)', () => {
  const report = evaluate(items, lint, RULES, 'all');
  const kes = report.categories.find((c) => c.category === 'kesantunan')!;
  const hoaks = report.categories.find((c) => c.category === 'hoaks')!;

  it('counts flagged items per category, official text included as negatives', () => {
    assert.deepEqual([kes.labelled, kes.positives, kes.tp, kes.fp, kes.fn, kes.tn], [7, 3, 2, 2, 1, 2]);
    assert.equal(kes.precision, 2 / 4);
    assert.equal(kes.recall, 2 / 3);
    assert.equal(kes.falsePositiveRate, 2 / 4);
    // Strong (error+warning) findings: only the KASAR items.
    assert.deepEqual([kes.tpStrong, kes.fpStrong], [1, 2]);
    assert.equal(kes.recallStrong, 1 / 3);
  });

  it('counts a rule once per item and splits its firings by label', () => {
    const kasar = report.rules.find((r) => r.ruleId === 'kesantunan/kasar')!;
    assert.deepEqual([kasar.onPositive, kasar.onNegative, kasar.unlabelled], [1, 2, 0]);
    assert.equal(kasar.precision, 1 / 3);
    const viral = report.rules.find((r) => r.ruleId === 'hoaks/viral')!;
    assert.deepEqual([viral.onPositive, viral.onNegative], [1, 2]);
    assert.equal(hoaks.precision, 1 / 3);
  });

  it('reports findings per 1,000 words by genre', () => {
    const off = report.genres.find((g) => g.genre === 'official')!;
    assert.deepEqual([off.words, off.errors, off.warnings], [20, 1, 1]);
    assert.equal(off.errorsPer1k, 50);
    assert.equal(off.errorsWarningsPer1k, 100);
  });

  it('measures the targets on the right genres', () => {
    const t = Object.fromEntries(report.targets.map((x) => [x.name.replace(/ \(.*/, ''), x]));
    assert.equal(t['hoax narratives flagged'].value, '50.0 %');
    assert.equal(t['verified news flagged as hoaks'].value, '50.0 %');
    assert.equal(t['kesantunan on social posts: recall'].value, '0.667');
    assert.equal(t['kesantunan on social posts: precision'].value, '0.667');
  });

  it('measures partisan election posts against the goal of its registry setting, and formal text at warning or above', () => {
    const rules: RuleInfo[] = [...RULES, { id: 'netralitas/dukung', category: 'netralitas', severity: 'warning' }, { id: 'netralitas/saran', category: 'netralitas', severity: 'info' }];
    const netLint: LintFn = (text) =>
      [...text.matchAll(/DUKUNG|SARAN/g)].map((m) => {
        const rule = rules[m[0] === 'DUKUNG' ? 3 : 4];
        return { ruleId: rule.id, category: rule.category, severity: rule.severity, match: m[0], offset: { start: m.index!, end: m.index! + m[0].length } };
      });
    const election = [
      item('DUKUNG X', 'election', { netralitas: 1 }),
      item('X hebat', 'election', { netralitas: 1 }),
      item('X SARAN', 'election', { netralitas: 1 }), // an info finding counts as flagged
      item('X di debat', 'election', { netralitas: 0 }),
      item('Judul SARAN', 'news', { netralitas: 0 }), // info: not counted against formal text
      item('Judul DUKUNG', 'news', { netralitas: 0 }),
      item('Rilis', 'official', { netralitas: 0 }),
      item('Rilis lain', 'official', { netralitas: 0 }),
    ];
    const target = (r: ReturnType<typeof evaluate>, start: string) => r.targets.find((x) => x.name.startsWith(start))!;
    const plain = evaluate(election, netLint, rules, 'all');
    assert.equal(target(plain, 'partisan election posts').value, '66.7 %');
    assert.match(target(plain, 'partisan election posts').name, /no registry \(n=3\)/);
    assert.equal(target(plain, 'partisan election posts').ok, true); // >= 30 %
    assert.equal(target(evaluate(election, netLint, rules, 'all', { registry: true }), 'partisan election posts').ok, true); // >= 60 %
    const formal = target(plain, 'news/official flagged netralitas');
    assert.deepEqual([formal.value, formal.ok], ['25.0 %', false]);
    const fewer = evaluate(election.slice(0, 2), netLint, rules, 'all', { registry: true });
    assert.deepEqual([target(fewer, 'partisan election posts').value, target(fewer, 'partisan election posts').ok], ['50.0 %', false]);
    assert.equal(fewer.targets.some((x) => x.name.startsWith('news/official')), false);
  });

  it('the precision gate takes error rules with enough firings only', () => {
    assert.deepEqual(failingErrorRules(report, 3).map((r) => r.ruleId), ['kesantunan/kasar']);
    assert.deepEqual(failingErrorRules(report, 4), []);
    assert.deepEqual(failingErrorRules(report, 3, 0.3), []);
  });

  it('breaks each category down by source', () => {
    const of = (source: string, text: string, labels: CorpusItem['labels']): CorpusItem => ({ ...item(text, 'hoax', labels), source });
    const mixed = [
      of('a', 'VIRAL', { hoaks: 1 }), // TP
      of('a', 'tenang', { hoaks: 1 }), // FN
      of('b', 'VIRAL', { hoaks: 0 }), // FP
      of('b', 'biasa', { hoaks: 0 }), // TN
      of('b', 'KASAR', { hoaks: 0, kesantunan: 1 }), // TN for hoaks, TP for kesantunan
    ];
    const bySource = evaluate(mixed, lint, RULES, 'all').sources.map((f) => [f.source, f.category, f.labelled, f.positives, f.tp, f.fp, f.recall, f.falsePositiveRate]);
    assert.deepEqual(bySource, [
      ['a', 'hoaks', 2, 2, 1, 0, 0.5, NaN],
      ['b', 'hoaks', 3, 0, 0, 1, NaN, 1 / 3],
      ['b', 'kesantunan', 1, 1, 1, 0, 1, NaN],
    ]);
  });

  it('keeps to the chosen split and lists misses and false alarms', () => {
    const dev = evaluate(items, lint, RULES, 'dev');
    assert.equal(dev.items, items.filter((i) => i.split === 'dev').length);
    const misses = report.errors.filter((e) => e.kind === 'miss').map((e) => e.text);
    assert.deepEqual(misses.sort(), ['narasi', 'sopan']);
    const alarm = report.errors.find((e) => e.kind === 'false-alarm' && e.text.startsWith('KASAR'))!;
    assert.deepEqual(alarm.rules, ['kesantunan/kasar (error)']);
  });
});
