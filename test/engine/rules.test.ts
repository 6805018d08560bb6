import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Linter, parseRule } from '../../server/src/engine';
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
