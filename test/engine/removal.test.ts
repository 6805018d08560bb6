// Removing an insult leaves the sentence whole (issue #12).
import assert from 'node:assert/strict';
import { applyEdits, Linter, parseRule } from '../../server/src/engine';
import { sentenceBounds } from '../../server/src/engine/segment';
import { mulberry32 } from '../../scripts/prng';
import { parseRemoveWith, removal } from '../../server/src/engine/removal';

const WITH = parseRemoveWith(['dasar …', 'si …', '… lu', '… kau']);

function remove(text: string, word: string): string {
  const start = text.indexOf(word);
  const [from, to] = sentenceBounds(text, start, start + word.length);
  const r = removal(text, start, start + word.length, from, to, WITH);
  return text.slice(0, r.start) + r.newText + text.slice(r.end);
}

describe('removal: the sentence stays whole', () => {
  it('takes the words said with the insult', () => {
    assert.equal(remove('Kerjanya begitu, dasar goblok kau.', 'goblok'), 'Kerjanya begitu.');
    assert.equal(remove('Ini si goblok yang tanda tangan.', 'goblok'), 'Ini yang tanda tangan.');
  });

  it('an insult that opens a sentence goes with its comma, and the next word gets the capital', () => {
    assert.equal(remove('Goblok, kerja begitu saja tidak becus.', 'Goblok'), 'Kerja begitu saja tidak becus.');
    assert.equal(remove('Rapat molor. Dasar goblok lu, jadwal saja lupa.', 'goblok'), 'Rapat molor. Jadwal saja lupa.');
  });

  it('a sentence that was only the insult goes entirely', () => {
    assert.equal(remove('Lama banget antrean. Tolol semua!', 'Tolol'), 'Lama banget antrean.');
    assert.equal(remove('Dasar goblok!\nBaris berikutnya tetap.', 'goblok'), '\nBaris berikutnya tetap.');
  });

  it('at the end of a sentence the comma before it goes too', () => {
    assert.equal(remove('Kerjanya lelet, jancuk!', 'jancuk'), 'Kerjanya lelet!');
  });

  it('between two commas one comma goes with it', () => {
    assert.equal(remove('Bapak ibu, goblok lu, jadwal saja lupa.', 'goblok'), 'Bapak ibu, jadwal saja lupa.');
    assert.equal(remove('Bapak ibu, goblok, dan lainnya.', 'goblok'), 'Bapak ibu, dan lainnya.');
  });

  it('inside a sentence only the word and one space go', () => {
    assert.equal(remove('Kelakuan bangsat seperti itu tidak pantas.', 'bangsat'), 'Kelakuan seperti itu tidak pantas.');
  });

  it('property: nothing outside the sentence changes, and inside it only removals and one capital', () => {
    const rand = mulberry32(12);
    const words = ['rapat', 'molor', 'dasar', 'goblok', 'lu', 'kau', 'si', 'semua', 'kerja', 'Pak', 'itu', 'jadwal'];
    for (let n = 0; n < 500; n++) {
      const sentence = () => {
        const len = 1 + Math.floor(rand() * 6);
        const ws = Array.from({ length: len }, () => words[Math.floor(rand() * words.length)]);
        return ws.join(rand() < 0.2 ? ', ' : ' ') + (rand() < 0.5 ? '.' : '!');
      };
      const text = `${sentence()} ${sentence()} goblok ${sentence()}`;
      const start = text.indexOf('goblok', text.indexOf(' ', 0));
      const [from, to] = sentenceBounds(text, start, start + 6);
      const r = removal(text, start, start + 6, from, to, WITH);
      // a whole sentence may take one space before it, or the spaces after it
      const within = r.start >= Math.max(0, from - 1) && (r.end <= to || /^\s+$/.test(text.slice(to, r.end)));
      assert.ok(within, `${text} -> [${r.start}, ${r.end})`);
      assert.ok(r.start >= from || /\s/.test(text[r.start]), text);
      assert.ok(r.newText === '' || (r.newText.length === 1 && r.newText === text[r.end - 1].toUpperCase()), JSON.stringify(r));
      const out = text.slice(0, r.start) + r.newText + text.slice(r.end);
      assert.ok(!/goblok/.test(out.slice(r.start - 1, r.start + r.newText.length + 7)) || out.length < text.length, out);
    }
  });
});

describe('removal fixes offered by a rule', () => {
  const parsed = parseRule(
    'kesantunan/uji-hapus.yaml',
    `
category: kesantunan
severity: error
title: Uji hapus frasa
message: 'Kata "{match}" kasar.'
description: Hapus makian beserta sapaannya, atau ganti dengan rumusan netral.
basis: uji
match:
  terms:
    - source: uji
      swap: {goblok: kurang cermat}
    - source: uji
      terms: [bangsat]
fix:
  kind: remove
  safe: false
  removeWith: [dasar …, … lu]
examples:
  invalid:
    - text: dasar goblok
      output: ''
    - text: bangsat
      output: ''
  valid: [gob, bang]
`,
  );
  const linter = new Linter([parsed.rule!]);
  const preferred = (text: string) => {
    const f = linter.lint(text)[0];
    return { titles: f.fixes.map((x) => `${x.kind}${x.preferred ? '*' : ''}:${x.title}${x.safe ? ' (safe)' : ''}`), out: applyEdits(text, (f.fixes.find((x) => x.preferred) ?? f.fixes[0]).edits).text };
  };

  it('prefers the neutral rewrite for a predicate, offering removal too; neither is safe', () => {
    assert.deepEqual(preferred('Pejabat itu memang goblok!'), {
      titles: ['replace*:Ganti dengan "kurang cermat"', 'remove:Hapus "goblok"'],
      out: 'Pejabat itu memang kurang cermat!',
    });
  });

  it('prefers removing the phrase when the insult is said to someone', () => {
    assert.deepEqual(preferred('Dasar goblok, kerja begitu saja tidak becus.'), {
      titles: ['remove*:Hapus "Dasar goblok"', 'replace:Ganti dengan "kurang cermat"'],
      out: 'Kerja begitu saja tidak becus.',
    });
  });

  it('offers removal only when the term has no rewrite', () => {
    assert.deepEqual(preferred('Kelakuan bangsat itu.').titles, ['remove*:Hapus "bangsat"']);
  });
});
