import assert from 'node:assert/strict';
import { Linter, parseRule } from '../server/src/engine';

function ruleFrom(yaml: string) {
  const parsed = parseRule('rules/hoaks/uji-tumpang-tindih.yaml', yaml);
  assert.deepEqual(parsed.problems, []);
  return parsed.rule!;
}

describe('linter: overlapping hits of one rule', () => {
  const rule = ruleFrom(`
category: hoaks
severity: warning
title: Uji tumpang tindih
message: 'Frasa "{match}" ditemukan.'
description: Frasa panjang dan bagiannya adalah satu temuan.
basis: uji
match:
  terms: [info dari grup sebelah, grup sebelah]
examples:
  invalid: [grup sebelah, info dari grup sebelah]
  valid: [grup kami, kabupaten sebelah]
`);

  it('reports the longest phrase once, not each phrase inside it', () => {
    const findings = new Linter([rule]).lint('Info dari grup sebelah, besok libur.');
    assert.deepEqual(findings.map((f) => f.match), ['Info dari grup sebelah']);
  });

  it('still reports separate occurrences', () => {
    const findings = new Linter([rule]).lint('Info dari grup sebelah. Ada juga dari grup sebelah lagi.');
    assert.deepEqual(findings.map((f) => f.match), ['Info dari grup sebelah', 'grup sebelah']);
  });
});
