// Every kesantunan term says where it comes from, and the lexicon covers the regional languages.
import assert from 'node:assert/strict';
import { parseRule } from '../../server/src/engine';
import { shippedRules } from '../helpers/rules';

const kesantunan = shippedRules().rules.filter((r) => r.category === 'kesantunan');

describe('kesantunan lexicon sources', () => {
  for (const rule of kesantunan.filter((r) => r.match.terms.size > 0)) {
    it(`${rule.id}: every term has a source`, () => {
      const missing = [...rule.match.terms.keys()].filter((t) => !rule.match.sources.get(t)?.source.trim());
      assert.deepEqual(missing, []);
    });
  }

  it('covers general Indonesian and the regional languages the issue names', () => {
    const regions = new Set(kesantunan.flatMap((r) => [...r.match.sources.values()].flatMap((s) => (s.region ?? '').split(/[,/]\s*/))).map((r) => r.trim().toLowerCase()));
    for (const region of ['umum', 'jawa', 'sunda', 'betawi', 'minang', 'madura', 'batak', 'bali', 'bugis', 'makassar', 'banjar', 'manado', 'papua']) {
      assert.ok(regions.has(region), `tidak ada istilah dari wilayah ${region}: ${[...regions].join(', ')}`);
    }
  });

  it('a term group needs a source, and its terms land in the rule with it', () => {
    const yaml = (group: string) => `
category: kesantunan
severity: warning
title: Uji sumber
message: 'Kata "{match}" ditemukan.'
description: Istilah dengan sumbernya.
basis: uji
match:
  terms:
    ${group}
examples:
  invalid: [kata, kata]
  valid: [lain, lain]
`;
    const bad = parseRule('kesantunan/uji.yaml', yaml('- terms: [kata]'));
    assert.equal(bad.rule, undefined);
    assert.match(bad.problems.map((p) => p.message).join('\n'), /source/);
    const ok = parseRule('kesantunan/uji.yaml', yaml('- {source: KBBI, region: umum, terms: [kata]}'));
    assert.deepEqual(ok.problems, []);
    assert.deepEqual(ok.rule!.match.sources.get('kata'), { source: 'KBBI', region: 'umum' });
  });
});
