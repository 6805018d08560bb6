import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse } from 'yaml';
import { compileTrustedRule, Linter, parseRule, toBundledRule, type RawRule } from '../../server/src/engine';
import { sampleRegistryConfig, shippedRules } from '../helpers/rules';
import { loadRuleDirs } from '../../server/src/node/ruleFiles';

const GOOD = `category: kesantunan
severity: warning
title: Kata uji
message: Kata uji ini tidak pantas dipakai.
description: Aturan uji untuk berkas rusak.
basis: PP 94/2021 Pasal 5 huruf n
match:
  terms: [katauji]
examples:
  invalid: [katauji sekali, ini katauji]
  valid: [kata lain, bukan itu]
`;

describe('engine: a broken rule file never stops everything', () => {
  it('an alias to nothing is a problem with its line, not an exception', () => {
    const { rule, problems } = parseRule('aturan/kesantunan/a.yaml', GOOD.replace('terms: [katauji]', 'terms: *tidakada'));
    assert.equal(rule, undefined);
    assert.equal(problems.length, 1);
    assert.equal(problems[0].line, 8);
    assert.match(problems[0].message, /YAML tidak valid/);
  });

  it('an alias bomb is refused quickly, with its line', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 10; i++) bomb.push(`${'abcdefghij'[i]}: &${'abcdefghij'[i]} [${Array(9).fill(`*${'abcdefghij'[i - 1]}`).join(',')}]`);
    const t0 = Date.now();
    const { rule, problems } = parseRule('aturan/kesantunan/bom.yaml', `${bomb.join('\n')}\n${GOOD}`);
    assert.equal(rule, undefined);
    assert.ok(Date.now() - t0 < 5000);
    assert.equal(problems[0].line, 2);
    assert.match(problems[0].message, /alias/);
  });

  for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
    it(`validator: ${name} is unknown, not an inherited property`, () => {
      const { rule, problems } = parseRule('aturan/data-pribadi/v.yaml', GOOD.replace('kesantunan', 'data-pribadi').replace('terms: [katauji]', `validator: ${name}`));
      assert.equal(rule, undefined);
      assert.ok(problems.some((p) => /validator .* tidak dikenal/.test(p.message) && p.line === 8), JSON.stringify(problems));
    });
  }

  it('the other rules of the folder still load and check', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'etika-asn-rusak-'));
    try {
      fs.mkdirSync(path.join(dir, 'kesantunan'));
      fs.mkdirSync(path.join(dir, 'data-pribadi'));
      fs.writeFileSync(path.join(dir, 'kesantunan', 'baik.yaml'), GOOD);
      fs.writeFileSync(path.join(dir, 'kesantunan', 'alias.yaml'), GOOD.replace('terms: [katauji]', 'terms: *tidakada'));
      fs.writeFileSync(path.join(dir, 'data-pribadi', 'proto.yaml'), GOOD.replace('kesantunan', 'data-pribadi').replace('terms: [katauji]', 'validator: constructor'));
      const loaded = loadRuleDirs([dir]);
      assert.deepEqual(loaded.rules.map((r) => r.id), ['kesantunan/baik']);
      assert.deepEqual(loaded.problems.map((p) => [path.basename(p.file), p.line]).sort(), [['alias.yaml', 8], ['proto.yaml', 8]]);
      assert.equal(new Linter(loaded.rules).lint('Ini katauji.').length, 1);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('engine: user patterns run in linear time (#15.12)', () => {
  const withPattern = (p: string, where: 'match' | 'context') =>
    parseRule(
      'aturan/kesantunan/pola.yaml',
      where === 'match' ? GOOD.replace('terms: [katauji]', `patterns: ['${p}']`) : GOOD.replace('examples:', `context:\n  scope: document\n  requirePattern: '${p}'\nexamples:`),
    );
  for (const p of ['(?:a?){25}a{25}', '(?<=a*)b', '(?<=[ab]*b)c', '(?<=x+)katauji', '(.+)\\1', '(?<w>ab)\\k<w>', '(?:a*)*b', '(a|)+b']) {
    it(`rejects /${p}/ as a pattern and as a context pattern, with its line`, () => {
      for (const where of ['match', 'context'] as const) {
        const { rule, problems } = withPattern(p, where);
        assert.equal(rule, undefined, where);
        assert.equal(problems.length, 1);
        assert.ok(problems[0].line! >= 8, JSON.stringify(problems));
        assert.match(problems[0].message, /waktu linear/);
      }
    });
  }
  it('accepts bounded look-behinds and ordinary repetition', () => {
    for (const p of ['(?<=\\s{0,3})katauji', '(?<=^[ \\t]*(?:RAHASIA|TERBATAS))katauji', '(?<![\\p{L}])katauji(?:\\s+\\p{L}+){0,3}', '\\bkatauji\\b']) assert.deepEqual(withPattern(p, 'match').problems, [], p);
  });
  it('every shipped pattern is inside the subset', () => {
    const { outsideLinearSubset } = require('../../server/src/engine/rules') as typeof import('../../server/src/engine/rules');
    const { shippedRules } = require('../helpers/rules') as typeof import('../helpers/rules');
    let checked = 0;
    for (const r of shippedRules().rules) {
      for (const src of [...r.match.patterns.map((p) => p.source), r.context?.requirePattern?.source, r.context?.excludePattern?.source]) {
        if (!src) continue;
        checked++;
        assert.equal(outsideLinearSubset(src, r.match.patterns[0]?.global.flags ?? 'iu'), undefined, `${r.id}: /${src}/`);
      }
    }
    assert.ok(checked > 20);
  });
});

describe('engine: shipped rules compiled from the build bundle lint as when parsed from YAML', () => {
  it('same findings on every example, one by one and all together', function () {
    this.timeout(120000);
    // what scripts/bundle-rules.ts stores for each rule, then what the CLI and the server compile from it
    const parsed = shippedRules().rules;
    const trusted = parsed.map((r) => {
      const raw = parse(fs.readFileSync(r.file, 'utf8')) as RawRule;
      // through JSON, as the build writes the bundle and start-up reads it
      const rule = compileTrustedRule(r.file, JSON.parse(JSON.stringify(toBundledRule(r.file, raw, r)))).rule!;
      assert.equal(rule.context?.requirePattern?.source, r.context?.requirePattern?.source, r.id);
      assert.equal(rule.context?.excludePattern?.source, r.context?.excludePattern?.source, r.id);
      return rule;
    });
    assert.ok(trusted.filter((r) => r.context?.requirePattern || r.context?.excludePattern).length >= 10, 'rules with context patterns');
    const texts = parsed.flatMap((r) => [...r.examples.invalid, ...r.examples.valid].map((e) => e.text));
    texts.push(texts.join('\n'));
    const key = (l: Linter, t: string) => JSON.stringify(l.lint(t));
    // and with the sample election registry, for the registry rules' stored openings
    for (const config of [{}, sampleRegistryConfig()]) {
      const fromYaml = new Linter(parsed, config);
      const fromBundle = new Linter(trusted, config);
      for (const t of texts) assert.equal(key(fromBundle, t), key(fromYaml, t), t.slice(0, 80));
    }
  });
});
