// The lexicon's word matching: what a term meets in a document besides its own spelling.
import assert from 'node:assert/strict';
import { Lexicon, tokenize } from '../../server/src/engine/lexicon';
import { Level } from '../../server/src/engine/normalize';

function found(terms: string[], text: string): string[] {
  const lex = new Lexicon<string>();
  for (const t of terms) lex.add(t, Level.Suffix, t);
  const tokens = tokenize(text);
  const out: string[] = [];
  lex.scan(text, tokens, 0, tokens.length, (h) => out.push(`${h.entry.value}@${text.slice(tokens.starts[h.first], tokens.ends[h.last])}`));
  return out;
}

describe('lexicon: matching', () => {
  it('meets a term stretched, capitalised, reduplicated or suffixed', () => {
    assert.deepEqual(found(['bodoh'], 'BODOHHH bodoh-bodoh bodoh2 bodohnya'), ['bodoh@BODOHHH', 'bodoh@bodoh-bodoh', 'bodoh@bodoh2', 'bodoh@bodohnya']);
  });

  it('reads a reduplicated term only where the word is reduplicated: "oleh-oleh" is not "oleh"', () => {
    assert.deepEqual(found(['oleh-oleh'], 'disiarkan oleh televisi'), []);
    assert.deepEqual(found(['oleh-oleh'], 'bawa oleh-oleh, OLEH2 juga'), ['oleh-oleh@oleh-oleh', 'oleh-oleh@OLEH2']);
  });

  it('does not fold a letter-run acronym below its own length: "PPP" is not "PP" or "P"', () => {
    assert.deepEqual(found(['PPP'], 'sesuai PP Nomor 94, huruf P'), []);
    assert.deepEqual(found(['PPP'], 'pilih PPP, PPPP!'), ['PPP@PPP', 'PPP@PPPP']);
  });

  it('reads a number as itself only, inside phrases too', () => {
    assert.deepEqual(found(['112', 'kirim ke 10 orang'], 'hubungi 112 atau 1122, kirim ke 10 orang'), ['112@112', 'kirim ke 10 orang@kirim ke 10 orang']);
    assert.deepEqual(found(['2024'], '2024an 20244 2O24'), ['2024@2024an'], 'a word with letters still loses its suffix');
  });

  it('still meets a word written with one letter of a doubled pair dropped ("maf" for "maaf")', () => {
    assert.deepEqual(found(['maaf'], 'maf ya'), ['maaf@maf']);
  });
});
