// Property: after any sequence of edits, the incremental re-check equals a full check.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Finding } from '../../server/src/engine';
import { lintFull, relint } from '../../server/src/lsp/incremental';
import { mulberry32 } from '../../scripts/prng';
import { documentPieces, randomDocument } from '../helpers/documents';
import { shippedLinter } from '../helpers/rules';

const key = (f: Finding) => JSON.stringify([f.ruleId, f.range, f.offset, f.message, f.fixes]);

describe('lsp: incremental re-check equals a full check (property)', () => {
  it('after random edit sequences on random documents (seeded, bounded)', function () {
    this.timeout(180000);
    const linter = shippedLinter();
    const pieces = documentPieces();
    for (const languageId of ['plaintext', 'markdown']) {
      fc.assert(
        fc.property(fc.integer(), fc.integer({ min: 1, max: 12 }), (seed, steps) => {
          const rand = mulberry32(seed);
          // long enough that the re-check covers only part of it
          let text = Array.from({ length: 30 }, () => randomDocument(rand, 4)).join(rand() < 0.5 ? '\n' : '\r\n');
          let snapshot = lintFull(linter, text, languageId);
          for (let i = 0; i < steps; i++) {
            const at = Math.floor(rand() * (text.length + 1));
            const r = rand();
            if (r < 0.4) text = text.slice(0, at) + text.slice(at + Math.floor(rand() * 60));
            else if (r < 0.8) text = text.slice(0, at) + pieces[Math.floor(rand() * pieces.length)] + text.slice(at);
            else text = text.slice(0, at) + ['\n', '\r', '\r\n', '\u2028', '. ', ' '][Math.floor(rand() * 6)] + text.slice(at);
            snapshot = relint(snapshot, linter, text, languageId);
            assert.deepEqual(snapshot.findings.map(key), lintFull(linter, text, languageId).findings.map(key), `seed ${seed}, step ${i}`);
          }
        }),
        { seed: 154, numRuns: 12 },
      );
    }
  });

  it('removing a block directive re-checks the lines it covered', () => {
    const linter = shippedLinter();
    const body = Array.from({ length: 40 }, (_, i) => `Baris ${i} berisi kalimat biasa tentang pelayanan publik.`).join('\n');
    const text = `[etika-asn-disable]\n${body}\nDasar goblok kerjanya.\n`;
    const before = lintFull(linter, text, 'plaintext');
    assert.equal(before.findings.length, 0);
    const edited = text.replace('[etika-asn-disable]\n', '');
    const after = relint(before, linter, edited, 'plaintext');
    assert.deepEqual(after.findings.map(key), lintFull(linter, edited, 'plaintext').findings.map(key));
    assert.ok(after.findings.length > 0);
  });
});
