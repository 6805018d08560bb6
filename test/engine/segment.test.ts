import assert from 'node:assert/strict';
import fc from 'fast-check';
import { buildSummary, Segments } from '../../server/src/engine';
import { isSentenceEnd } from '../../server/src/engine/segment';
import { lineAfter, lineBefore, sentenceBefore } from '../../server/src/engine/validators/context';
import { mulberry32 } from '../../scripts/prng';
import { documentPieces } from '../helpers/documents';
import { shippedLinter } from '../helpers/rules';

const BREAKS = ['\r', '\r\n', '\u2028', '\u2029'];

describe('engine: one segmenter for lines and sentences', () => {
  it('a CR-only line break separates like LF (#15.6)', () => {
    const linter = shippedLinter();
    const ids = (t: string) => linter.lint(t).map((f) => f.ruleId);
    for (const br of BREAKS) assert.deepEqual(ids(`Pak, tolong dibantu.${br}Itu bukan urusan gue.`), ids('Pak, tolong dibantu.\nItu bukan urusan gue.'), JSON.stringify(br));
  });

  it('a suppression comment covers the next line after every kind of line break', () => {
    const linter = shippedLinter();
    for (const br of BREAKS) {
      const text = `[etika-asn-disable-next-line]${br}Dasar goblok.${br}Dasar goblok.`;
      assert.deepEqual(linter.lint(text).map((f) => f.match), ['goblok'], JSON.stringify(br));
    }
  });

  it('property: every kind of line break gives the findings LF gives (seeded, bounded)', function () {
    this.timeout(120000);
    const linter = shippedLinter();
    const pieces = documentPieces();
    fc.assert(
      fc.property(fc.integer(), fc.constantFrom(...BREAKS), (seed, br) => {
        const rand = mulberry32(seed);
        const lines = Array.from({ length: 1 + Math.floor(rand() * 6) }, () => pieces[Math.floor(rand() * pieces.length)].replace(/\r\n|[\r\n\u2028\u2029]/g, ' '));
        const lf = linter.lint(lines.join('\n'));
        const other = linter.lint(lines.join(br));
        // offsets shift by the longer break before them; compare rule and matched text in order
        assert.deepEqual(other.map((f) => [f.ruleId, f.match.replace(/\r\n|[\r\u2028\u2029]/g, '\n')]), lf.map((f) => [f.ruleId, f.match]), JSON.stringify(lines));
      }),
      { seed: 156, numRuns: 150 },
    );
  });

  it('lines and sentences: one list of abbreviations, every break kind', () => {
    const text = 'Warga Jl. Merdeka No. 5 hadir. Dr. H. Ahmad, S.H. datang!\rBaris dua\u2028baris tiga\r\nbaris empat';
    const seg = new Segments(text);
    const at = (s: string) => text.indexOf(s);
    assert.deepEqual(seg.sentenceBounds(at('Merdeka'), at('Merdeka') + 7), [0, at(' Dr.')]);
    assert.deepEqual(seg.sentenceBounds(at('Ahmad'), at('Ahmad') + 5), [at(' Dr.'), at('\rBaris')]);
    for (const word of ['dua', 'tiga', 'empat']) {
      const [from, to] = seg.lineBounds(at(word), at(word) + word.length);
      assert.equal(text.slice(from, to), `${word === 'dua' ? 'Baris' : 'baris'} ${word}`);
    }
    assert.equal(lineBefore(text, at('dua'), 80), 'Baris ');
    assert.equal(lineAfter(text, at('tiga'), 80), 'tiga');
    assert.equal(sentenceBefore(text, at('hadir'), 160), 'Warga Jl. Merdeka No. 5 ');
    assert.deepEqual(
      seg.sentences().map(([a, b]) => text.slice(a, b).trim()),
      ['Warga Jl. Merdeka No. 5 hadir.', 'Dr. H. Ahmad, S.H. datang!', 'Baris dua', 'baris tiga', 'baris empat'],
    );
    assert.equal(buildSummary(text, []).stats.sentences, 2);
  });

  it('property: line and sentence bounds are what the regular-expression definitions give (seeded)', () => {
    // the segmenter scans by hand; these are the definitions it was written from
    const lineBreaks = (t: string) => [...t.matchAll(/\r\n|[\n\r\u2028\u2029]/gu)].map((m) => m.index);
    const ends = (t: string) => [...t.matchAll(/[.!?\n\r\u2028\u2029]/gu)].map((m) => m.index).filter((i) => isSentenceEnd(t, i));
    const piece = fc.constantFrom('Jl', 'No', 'a', 'é', 'Ahmad', ' ', '.', '!', '?', '"', '\n', '\r', '\r\n', '\u2028', '\u2029', '5', '\u{1d400}');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        const seg = new Segments(text);
        for (let at = 0; at <= text.length; at++) {
          const breaks = lineBreaks(text);
          const before = breaks.filter((b) => b < at).pop();
          let from = before === undefined ? 0 : before + 1;
          if (from > 0 && text[from - 1] === '\r' && text[from] === '\n' && from < at) from++;
          const after = breaks.find((b) => b >= at);
          assert.deepEqual(seg.lineBounds(at, at), [from, after ?? text.length], `line at ${at} of ${JSON.stringify(text)}`);
          const e = ends(text);
          const last = e.filter((x) => x < at).pop();
          const next = e.find((x) => x >= at);
          assert.deepEqual(seg.sentenceBounds(at, at), [last === undefined ? 0 : last + 1, Math.min(text.length, (next ?? text.length) + 1)], `sentence at ${at}`);
        }
      }),
      { seed: 20261202, numRuns: 300 },
    );
  });

  it('a period after a very long word is looked at in constant time', () => {
    const text = `${'a'.repeat(100_000)}. Itu`;
    assert.deepEqual(new Segments(text).sentenceBounds(text.length - 3, text.length), [100_001, text.length]);
  });
});
