import assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyOffsetEdits, fixText, Linter, parseRule, resolveEdits, type OffsetEdit } from '../../server/src/engine';
import { mulberry32 } from '../../scripts/prng';
import { newFindings, randomDocument } from '../helpers/documents';
import { shippedLinter } from '../helpers/rules';

const HEAD = `category: netralitas
severity: warning
title: Uji
message: Pesan uji untuk aturan ini.
description: Deskripsi uji untuk aturan ini.
basis: UU 20/2023 Pasal 9 ayat (2)
`;
function rule(body: string, name = 'uji') {
  const r = parseRule(`rules/netralitas/${name}.yaml`, `${HEAD}${body}\nexamples: { invalid: [a, b], valid: [c, d] }\n`);
  assert.deepEqual(r.problems, []);
  return r.rule!;
}

describe('engine: one fixer', () => {
  it('adjacent removals that end a line take the space before them (CLI and editor alike)', () => {
    const linter = new Linter([rule("match:\n  patterns: ['#\\w+']\nfix:\n  kind: remove\n  safe: true")]);
    const fixed = fixText(linter, 'Hadir di acara warga #Coblos02 #MenangkanAMIN\nbaris dua');
    assert.equal(fixed.text, 'Hadir di acara warga\nbaris dua');
    // the edits, applied by anyone, give the same text
    assert.equal(applyOffsetEdits('Hadir di acara warga #Coblos02 #MenangkanAMIN\nbaris dua', fixed.edits), fixed.text);
  });

  it('redacts the union of overlapping personal data (label and partial styles)', () => {
    const text = 'Hubungi Bu Sari di 081234567890budi@gmail.com.';
    assert.equal(fixText(shippedLinter(), text).text, 'Hubungi Bu Sari di [alamat e-mail disamarkan].');
    assert.equal(fixText(shippedLinter(), text, { select: 'redact' }).text, 'Hubungi Bu Sari di [alamat e-mail disamarkan].');
    const partial = new Linter(shippedLinter().rules, { redaction: 'partial' });
    const out = fixText(partial, text, { select: 'redact' }).text;
    assert.ok(!/\d{5}|budi/.test(out), out);
  });

  it('merge rule: a redaction sticking out of another adds its own replacement; other edits yield', () => {
    const text = '0123456789';
    const edits: OffsetEdit[] = [
      { start: 2, end: 6, newText: '[A]', kind: 'redact' },
      { start: 4, end: 8, newText: '[B]', kind: 'redact' },
      { start: 3, end: 4, newText: 'x', kind: 'replace' },
      { start: 8, end: 9, newText: 'y', kind: 'replace' },
      { start: 5, end: 5, newText: 'z', kind: 'replace' },
    ];
    const resolved = resolveEdits(text, edits);
    assert.equal(applyOffsetEdits(text, resolved), '01[A][B]y9');
    // property: whatever the edits, every redacted character is gone and the result is one text
    fc.assert(
      fc.property(
        fc.array(fc.record({ start: fc.nat(20), len: fc.nat(6), redact: fc.boolean() }), { maxLength: 8 }),
        (raw) => {
          const t = 'abcdefghijklmnopqrstuvwxyz';
          const es: OffsetEdit[] = raw.map((r) => ({ start: r.start, end: r.start + r.len, newText: r.redact ? '#' : '_', kind: r.redact ? 'redact' : 'replace' }));
          const out = resolveEdits(t, es);
          for (let i = 1; i < out.length; i++) assert.ok(out[i].start >= out[i - 1].end);
          const covered = new Set<number>();
          for (const e of out) for (let i = e.start; i < e.end; i++) covered.add(i);
          for (const e of es) if (e.kind === 'redact') for (let i = e.start; i < e.end; i++) assert.ok(covered.has(i), `char ${i} of a redaction left`);
        },
      ),
      { seed: 15, numRuns: 300 },
    );
  });

  it('a replacement that would create a finding is not applied', () => {
    const linter = shippedLinter();
    for (const text of ['Tim sukses ane siap.', 'Halo gaes, korban pelecehan itu masih trauma.']) {
      const before = linter.lint(text);
      const fixed = fixText(linter, text);
      assert.deepEqual(newFindings(before, fixed.edits, linter.lint(fixed.text)), [], fixed.text);
      assert.equal(fixText(linter, fixed.text).text, fixed.text);
    }
  });

  it('a redaction label is never read again as data or as a label', () => {
    const linter = shippedLinter();
    const text = 'Kartu BPJS 0001234567890 atas nama Siti, nomor antrean 0001234567891.';
    const fixed = fixText(linter, text);
    assert.deepEqual(newFindings(linter.lint(text), fixed.edits, linter.lint(fixed.text)), []);
    assert.deepEqual(linter.lint('[nomor BPJS disamarkan] 0001234567890').map((f) => f.ruleId), linter.lint('0001234567890').map((f) => f.ruleId));
  });

  it('property: fixing twice equals fixing once, and fixing adds no finding (seeded, bounded)', function () {
    this.timeout(120000);
    const linter = shippedLinter();
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const doc = randomDocument(mulberry32(seed));
        const before = linter.lint(doc);
        const once = fixText(linter, doc, { findings: before });
        assert.equal(applyOffsetEdits(doc, once.edits), once.text, 'edits reproduce the text');
        assert.equal(fixText(linter, once.text).text, once.text, JSON.stringify(doc));
        assert.deepEqual(
          newFindings(before, once.edits, linter.lint(once.text)).map((f) => `${f.ruleId}:${f.match}`),
          [],
          JSON.stringify(doc),
        );
      }),
      { seed: 1515, numRuns: 300 },
    );
  });
});
