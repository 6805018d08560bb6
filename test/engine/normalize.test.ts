import assert from 'node:assert/strict';
import { Linter, parseRule } from '../../server/src/engine';
import { keysOf } from '../../server/src/engine/normalize';

function ruleFrom(yaml: string) {
  const parsed = parseRule('uji.yaml', yaml);
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

describe('lexicon: suffix on the last word of a phrase', () => {
  const yaml = (morphology: string) => `
category: kepentingan-pribadi
severity: warning
title: Uji akhiran frasa
message: 'Frasa "{match}" ditemukan.'
description: Akhiran pada kata terakhir frasa.
basis: uji
match:
  terms: [uang rokok]
  morphology: ${morphology}
examples:
  invalid: [uang rokok, uang rokoknya]
  valid: [rokok, uang saku]
`;

  it('matches "uang rokoknya" for the phrase "uang rokok"', () => {
    const findings = new Linter([ruleFrom(yaml('suffix'))]).lint('Jangan lupa uang rokoknya ya.');
    assert.deepEqual(findings.map((f) => f.match), ['uang rokoknya']);
  });

  it('does not when the rule asks for exact words only', () => {
    assert.deepEqual(new Linter([ruleFrom(yaml('none'))]).lint('Jangan lupa uang rokoknya ya.'), []);
  });

  it('does not accept a suffix on an inner word of the phrase', () => {
    const rule = ruleFrom(yaml('suffix').replace('[uang rokok]', '[uang rokok kretek]'));
    assert.deepEqual(new Linter([rule]).lint('uangnya rokoknya kretek'), []);
    assert.deepEqual(new Linter([rule]).lint('uang rokoknya kretek'), []);
  });
});

describe('normalize: suffix after a final n', () => {
  it('finds the root of "bocorannya" although folding merges its "nn"', () => {
    const keys = keysOf('bocorannya').map((k) => k.key);
    assert.ok(keys.includes('bocoran'), JSON.stringify(keys));
    assert.ok(keys.includes('bocor'), JSON.stringify(keys));
  });

  it('keeps stretched letters folded after stripping', () => {
    assert.ok(keysOf('bodohhhnya').some((k) => k.key === 'bodoh'));
  });
});
