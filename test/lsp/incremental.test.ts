// Re-checking only the edited lines must give exactly what a full check gives.
import assert from 'node:assert/strict';
import { Linter, type Finding } from '../../server/src/engine';
import { lintFull, relint, type LintSnapshot } from '../../server/src/lsp/incremental';
import { pressRelease } from '../../scripts/bench-lsp';
import { shippedRules } from '../helpers/rules';

function key(f: Finding): string {
  return JSON.stringify([f.ruleId, f.range, f.offset, f.message, f.fixes]);
}

/** A small deterministic PRNG so failures reproduce. */
function random(seed: number): () => number {
  return () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
}

const INSERTS = ['x', ' ', '\n', '\r\n', 'goblok ', 'viralkan! ', 'promo ', '"', '.', '\n\n', 'Dasar tolol.\n'];

function editedSeries(text: string, steps: number, seed: number): string[] {
  const rnd = random(seed);
  const out: string[] = [];
  for (let i = 0; i < steps; i++) {
    const at = Math.floor(rnd() * text.length);
    if (rnd() < 0.35) {
      const len = Math.floor(rnd() * 40);
      text = text.slice(0, at) + text.slice(at + len);
    } else {
      text = text.slice(0, at) + INSERTS[Math.floor(rnd() * INSERTS.length)] + text.slice(at);
    }
    out.push(text);
  }
  return out;
}

describe('lsp: incremental re-check', () => {
  const linter = new Linter(shippedRules().rules);

  for (const [name, base, languageId] of [
    ['plain text', pressRelease(250), 'plaintext'],
    ['CRLF siaran pers', pressRelease(250, 3, true).replace(/\n/g, '\r\n'), 'siaran-pers'],
    ['markdown without fences', pressRelease(250, 1), 'markdown'],
  ] as const) {
    it(`equals a full check after each of 40 random edits (${name})`, () => {
      let snapshot: LintSnapshot = lintFull(linter, base, languageId);
      let reused = 0;
      for (const text of editedSeries(base, 40, name.length)) {
        const previous = snapshot;
        snapshot = relint(previous, linter, text, languageId);
        if (snapshot.findings.some((f) => previous.findings.includes(f))) reused++;
        const full = lintFull(linter, text, languageId).findings.map(key);
        assert.deepEqual(snapshot.findings.map(key), full);
      }
      // proves the incremental path ran, rather than a full check every time
      assert.ok(reused > 20, `only ${reused} of 40 checks reused earlier findings`);
    });
  }

  it('checks the whole text when a block suppression could span the edit', () => {
    const text = '[etika-asn-disable kesantunan]\n' + pressRelease(300) + '[etika-asn-enable]\n' + 'Dasar goblok.\n'.repeat(3);
    const first = lintFull(linter, text, 'plaintext');
    const edited = text.replace('[etika-asn-disable kesantunan]', '[etika-asn-disable hoaks]');
    assert.deepEqual(relint(first, linter, edited, 'plaintext').findings.map(key), lintFull(linter, edited, 'plaintext').findings.map(key));
  });

  // fuzz seed 15008323: deleting "line -" from "<!-- etika-asn-disable-line -->" leaves
  // "etika-asn-disable->", a block directive to the suppression parser that the re-check missed
  it('sees a block directive exactly where the suppression parser does, however it is spelt', () => {
    const body = pressRelease(200) + 'Dasar goblok.\n';
    const tails = ['-line -->', '->', '-]', ']', ' -->', '-line]', '-next-line]', '-nextline]', '--->', '-x', ''];
    for (const directive of ['disable', 'enable', 'disable-line', 'disable-next-line']) {
      for (const tail of tails) {
        const edited = `<!-- etika-asn-${directive}${tail}\n\n${body}`;
        const before = `<!-- etika-asn-disable-line -->\n\n${body}`;
        const first = lintFull(linter, before, 'plaintext');
        assert.deepEqual(
          relint(first, linter, edited, 'plaintext').findings.map(key),
          lintFull(linter, edited, 'plaintext').findings.map(key),
          JSON.stringify(edited.slice(0, 40)),
        );
      }
    }
  });
});
