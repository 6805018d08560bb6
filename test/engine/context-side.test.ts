// Context words placed against the hit: "dasar …" must stand right before it, "… lu" right after.
import assert from 'node:assert/strict';
import { Linter, parseRule } from '../../server/src/engine';

function rule(requireAny: string, excludeAny = '[flu]') {
  const parsed = parseRule(
    'kesantunan/uji-sisi.yaml',
    `
category: kesantunan
severity: warning
title: Uji posisi konteks
message: 'Kata "{match}" ditemukan.'
description: Konteks yang harus tepat di depan atau di belakang kata.
basis: uji
match:
  terms: [babi]
context:
  scope: window
  window: 3
  requireAny: ${requireAny}
  excludeAny: ${excludeAny}
examples:
  invalid: [dasar babi, babi lu]
  valid: [daging babi, flu babi]
`,
  );
  assert.deepEqual(parsed.problems, []);
  return new Linter([parsed.rule!]);
}

const hits = (l: Linter, text: string) => l.lint(text).map((f) => f.match);

describe('context: words placed right before or after the hit', () => {
  const l = rule('[dasar …, … lu, kalian]');

  it('"dasar …" counts only right before the hit', () => {
    assert.deepEqual(hits(l, 'Dasar babi!'), ['babi']);
    assert.deepEqual(hits(l, 'Babi dasar.'), []);
    assert.deepEqual(hits(l, 'Dasar kandang babi.'), []);
  });

  it('"… lu" counts only right after the hit', () => {
    assert.deepEqual(hits(l, 'Babi lu, kerja tidak becus.'), ['Babi']);
    assert.deepEqual(hits(l, 'Lu babi.'), []);
  });

  it('a sentence break between them breaks the link', () => {
    assert.deepEqual(hits(l, 'Harga naik gara-gara flu. Babi. Lu mau beli?'), []);
    assert.deepEqual(hits(l, 'Itu peternakan babi. Lu tahu?'), []);
  });

  it('words without a mark still count anywhere in the window', () => {
    assert.deepEqual(hits(l, 'Kalian memang babi.'), ['babi']);
  });

  it('an exclusion may be placed too: "… hutan" excludes "babi hutan" but not "babi, hutan"', () => {
    const ex = rule('[dasar …]', '[… hutan]');
    assert.deepEqual(hits(ex, 'Dasar babi hutan.'), []);
    assert.deepEqual(hits(ex, 'Dasar babi. Hutan itu indah.'), ['babi']);
  });

  it('the hit itself is not its own requirement, but an exclusion may contain it', () => {
    const own = rule('[babi]', '[flu babi]');
    assert.deepEqual(hits(own, 'Dasar babi.'), []);
    const ex = rule('[dasar]', '[dasar babi]');
    assert.deepEqual(hits(ex, 'Dasar babi.'), []);
  });
});
