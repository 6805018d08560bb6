import assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyEdits, checkableText, compileSafePattern, LineIndex, Linter, parseConfig, parseRule, type Rule } from '../../server/src/engine';
import { tokenize } from '../../server/src/engine/lexicon';
import { keysOf, skeleton } from '../../server/src/engine/normalize';
import { requiredLiteral, scanNearLiteral, wordStartPrefixes } from '../../server/src/engine/prefilter';
import { CompiledPattern, followsWordCharacter, unicodeWordBoundaries, withoutOpeningBoundary } from '../../server/src/engine/rules';
import { shippedRules } from '../helpers/rules';

const RULE_HEAD = `
category: kesantunan
severity: error
title: Uji
message: 'Kata "{match}" tidak santun.'
description: Aturan untuk pengujian mesin.
basis: uji
examples:
  invalid: [a, b]
  valid: [c, d]
`;

function rule(body: string): Rule {
  const parsed = parseRule('kesantunan/uji.yaml', RULE_HEAD + body);
  assert.deepEqual(parsed.problems, []);
  return parsed.rule!;
}

const matches = (r: Rule, text: string, languageId?: string) => new Linter([r]).lint(text, { languageId }).map((f) => f.match);

describe('normalisation', () => {
  it('folds case, stretched letters and leetspeak to one skeleton', () => {
    assert.equal(skeleton('BODOHHH'), skeleton('bodoh'));
    assert.equal(skeleton('g0bl0k'), skeleton('goblok'));
    assert.equal(skeleton('b4ngs4t'), skeleton('bangsat'));
    assert.notEqual(skeleton('paslon02'), skeleton('paslonoz'));
  });

  it('strips Indonesian affixes with nasal assimilation', () => {
    const keys = (w: string) => keysOf(w).map((k) => k.key);
    assert.ok(keys('menyebarkan').includes(skeleton('sebar')));
    assert.ok(keys('memukul').includes(skeleton('pukul')));
    assert.ok(keys('menipu').includes(skeleton('tipu')));
    assert.ok(keys('mengirimkan').includes(skeleton('kirim')));
    assert.ok(keys('dihina').includes(skeleton('hina')));
    assert.ok(keys('bodohnya').includes(skeleton('bodoh')));
    assert.ok(keys('viralkanlah').includes(skeleton('viral')));
  });
});

describe('tokenizer', () => {
  const words = (text: string) => {
    const t = tokenize(text);
    return Array.from({ length: t.length }, (_, i) => t.word(i));
  };

  it('joins reduplication, spaced letters and masked words', () => {
    assert.deepEqual(words('marah-marah terus'), ['marah', 'terus']);
    assert.deepEqual(words('dasar b o d o h!'), ['dasar', 'bodoh']);
    assert.deepEqual(words('b*ngs*t kau'), ['b*ngs*t', 'kau']);
  });

  it('keeps emoji and punctuation out of words and counts UTF-16 offsets', () => {
    const text = 'bagus😀 sekali';
    const t = tokenize(text);
    assert.equal(t.word(0), 'bagus');
    assert.equal(t.starts[1], text.indexOf('sekali'));
  });
});

describe('term matching', () => {
  const r = rule(`
match:
  terms: [bodoh, tidak becus]
  morphology: suffix
  exceptions: [kebodohan]
`);

  it('sees through informal spellings', () => {
    assert.deepEqual(matches(r, 'Dasar BODOHHH, b-o-d-o-h'), ['BODOHHH', 'b-o-d-o-h']);
    assert.deepEqual(matches(r, 'kamu b0d0h'), ['b0d0h']);
    assert.deepEqual(matches(r, 'dasar b*d*h'), ['b*d*h']);
    assert.deepEqual(matches(r, 'bodoh-bodoh semua'), ['bodoh-bodoh']);
    assert.deepEqual(matches(r, 'bodoh2 semua'), ['bodoh2']);
    assert.deepEqual(matches(r, 'dasar b-o-d-o-h'), ['b-o-d-o-h']);
    assert.deepEqual(matches(r, 'e-KTP dan x-ray'), []);
    assert.deepEqual(matches(r, 'bodohnya minta ampun'), ['bodohnya']);
  });

  it('matches phrases across light punctuation only', () => {
    assert.deepEqual(matches(r, 'kerjanya tidak becus.'), ['tidak becus']);
    assert.deepEqual(matches(r, 'tidak. Becus'), []);
  });

  it('respects word boundaries, exceptions and morphology limits', () => {
    assert.deepEqual(matches(r, 'memberantas kebodohan'), []);
    assert.deepEqual(matches(r, 'pembodohan publik'), [], 'prefixes need morphology: full');
    assert.deepEqual(matches(r, 'bodohan'.replace('bodohan', 'sebodoh')), []);
  });

  it('reports ranges in UTF-16 code units on the right line', () => {
    const text = 'Judul 😀\r\nsungguh bodoh';
    const [f] = new Linter([r]).lint(text);
    assert.deepEqual(f.range, { start: { line: 1, character: 8 }, end: { line: 1, character: 13 } });
    assert.equal(text.slice(f.offset.start, f.offset.end), 'bodoh');
  });
});

describe('context conditions', () => {
  const r = rule(`
match:
  terms: [anjing]
context:
  scope: window
  window: 2
  requireAny: [dasar, kamu]
`);

  it('reports an ambiguous word only with its context nearby', () => {
    assert.deepEqual(matches(r, 'Dasar anjing!'), ['anjing']);
    assert.deepEqual(matches(r, 'Petugas mengevakuasi anjing peliharaan warga.'), []);
    assert.deepEqual(matches(r, 'kamu itu satu dua tiga empat lima anjing'), [], 'outside the window');
    assert.deepEqual(matches(r, 'Terima kasih, kamu\nanjing pelacak tiba.'), [], 'not across a line');
  });
});

describe('patterns', () => {
  it('narrow the range with a hit group and use Unicode word boundaries', () => {
    const r = rule(`
match:
  patterns: ['\\bsalam (?<hit>dua jari)\\b']
`);
    assert.deepEqual(matches(r, 'Salam dua jari, kawan!'), ['dua jari']);
    assert.deepEqual(matches(r, 'salam dua jariku'), []);
  });

  it('rewrites \\b outside classes only', () => {
    assert.equal(unicodeWordBoundaries('[\\b]\\\\b'), '[\\b]\\\\b');
    assert.match('é bodoh', new RegExp(unicodeWordBoundaries('\\bbodoh\\b'), 'u'));
    assert.doesNotMatch('ébodoh', new RegExp(unicodeWordBoundaries('\\bbodoh'), 'u'));
  });

  it('rejects catastrophic backtracking with a clear reason', () => {
    assert.equal(typeof compileSafePattern('(a+)+$', 'giu'), 'string');
    assert.equal(typeof compileSafePattern('(?:\\w+\\s?)*x', 'giu'), 'string');
    assert.ok(compileSafePattern('\\bkata\\s+kasar\\b', 'giu') instanceof RegExp);
  });
});

describe('broken rule files', () => {
  it('name the file and line of a YAML error', () => {
    const { rule: r, problems } = parseRule('rules/hoaks/rusak.yaml', 'category: hoaks\nmatch: [\n');
    assert.equal(r, undefined);
    assert.equal(problems[0].file, 'rules/hoaks/rusak.yaml');
    assert.ok(problems[0].line! >= 2);
  });

  it('name the line of a schema error and the bad key', () => {
    const { problems } = parseRule('kesantunan/x.yaml', RULE_HEAD + 'match:\n  terms: [a]\n  unknownKey: 1\n');
    assert.equal(problems.length, 1);
    assert.match(problems[0].message, /unknownKey/);
    assert.equal(problems[0].line, RULE_HEAD.split('\n').length + 1);
  });

  it('reject a dangerous pattern and a category that does not match the folder', () => {
    const bad = parseRule('kesantunan/x.yaml', RULE_HEAD + "match:\n  patterns: ['(a|a)*b']\n");
    assert.match(bad.problems[0].message, /backtracking/);
    const wrongFolder = parseRule('hoaks/x.yaml', RULE_HEAD + 'match:\n  terms: [a]\n');
    assert.match(wrongFolder.problems[0].message, /folder/);
  });

  it('reject an unknown validator', () => {
    const { problems } = parseRule('kesantunan/x.yaml', RULE_HEAD + 'match:\n  validator: tidak-ada\n');
    assert.match(problems[0].message, /validator "tidak-ada" tidak dikenal/);
  });
});

describe('fixes', () => {
  it('keep the case of the replaced word and touch only its range', () => {
    const r = rule(`
match:
  swap: { gak: tidak, bully: rundung }
  morphology: full
fix:
  kind: replace
`);
    const text = 'Gak boleh dibully, GAK!';
    const findings = new Linter([r]).lint(text);
    const edits = findings.map((f) => f.fixes[0].edits[0]);
    assert.equal(applyEdits(text, edits).text, 'Tidak boleh dirundung, TIDAK!');
  });

  it('keep reduplication when replacing a doubled word', () => {
    const r = rule(`
match:
  swap: { tau: tahu }
fix:
  kind: replace
`);
    const text = 'Tau-tau harga naik, tau2 turun.';
    const edits = new Linter([r]).lint(text).map((f) => f.fixes[0].edits[0]);
    assert.equal(applyEdits(text, edits).text, 'Tahu-tahu harga naik, tahu-tahu turun.');
  });

  it('offer each alternative of a rephrasing', () => {
    const r = rule(`
match:
  terms: [ganyang]
fix:
  kind: replace
  replacements: [tindak tegas, tertibkan]
`);
    const [f] = new Linter([r]).lint('Ganyang mereka');
    assert.deepEqual(f.fixes.map((x) => x.edits[0].newText), ['Tindak tegas', 'Tertibkan']);
    assert.equal(f.fixes.some((x) => x.preferred), false, 'no single clear fix');
  });

  it('removal takes one adjacent space, never more text', () => {
    const r = rule(`
match:
  terms: [wkwk]
fix:
  kind: remove
`);
    const text = 'Lucu wkwk sekali';
    const [f] = new Linter([r]).lint(text);
    assert.equal(applyEdits(text, f.fixes[0].edits).text, 'Lucu sekali');
  });

  it('adjacent removals at the end of a line leave no trailing space', () => {
    const r = rule(`
match:
  patterns: ['#\\w+']
fix:
  kind: remove
`);
    const text = 'Hadir di acara warga #Coblos02 #MenangkanAMIN\nbaris dua';
    const edits = new Linter([r]).lint(text).map((f) => f.fixes[0].edits[0]);
    assert.equal(applyEdits(text, edits).text, 'Hadir di acara warga\nbaris dua');
  });

  it('skip overlapping edits instead of corrupting text', () => {
    const text = 'abcdef';
    const line = (s: number, e: number) => ({ start: { line: 0, character: s }, end: { line: 0, character: e } });
    const out = applyEdits(text, [
      { range: line(1, 3), newText: 'X' },
      { range: line(2, 4), newText: 'Y' },
    ]);
    assert.equal(out.text, 'aXdef');
    assert.equal(out.applied, 1);
  });
});

describe('suppression and allow-list', () => {
  const r = rule('match:\n  terms: [bodoh]\n');

  it('honours disable-next-line in Markdown and plain text', () => {
    assert.deepEqual(matches(r, '<!-- etika-asn-disable-next-line kesantunan/uji -->\nbodoh', 'markdown'), []);
    assert.deepEqual(matches(r, '[etika-asn-disable-next-line]\nbodoh\nbodoh'), ['bodoh']);
    assert.deepEqual(matches(r, '[etika-asn-disable-next-line hoaks]\nbodoh'), ['bodoh'], 'another category');
  });

  it('honours disable/enable blocks and disable-line', () => {
    const text = 'bodoh\n[etika-asn-disable kesantunan]\nbodoh\n[etika-asn-enable kesantunan]\nbodoh [etika-asn-disable-line]';
    assert.equal(new Linter([r]).lint(text).length, 1);
  });

  it('skips allowed words and disabled rules', () => {
    assert.deepEqual(new Linter([r], { allow: ['Bodoh'] }).lint('bodoh'), []);
    assert.deepEqual(new Linter([r], { rules: { 'kesantunan/uji': 'off' } }).lint('bodoh'), []);
    assert.equal(new Linter([r], { rules: { kesantunan: 'hint' } }).lint('bodoh')[0].severity, 'hint');
  });
});

describe('Markdown is read as Markdown', () => {
  const r = rule('match:\n  terms: [bodoh]\n');

  it('skips code, URLs, link targets and front matter', () => {
    const md = ['---', 'judul: bodoh', '---', '```', 'bodoh', '```', 'Lihat `bodoh` dan [tautan](https://x.id/bodoh) https://bodoh.id', 'kata bodoh'].join('\n');
    const findings = new Linter([r]).lint(md, { languageId: 'markdown' });
    assert.deepEqual(findings.map((f) => f.range.start.line), [7]);
  });

  it('keeps length and line breaks so positions stay true', () => {
    const md = '```\r\nkode\r\n```\r\nteks';
    const out = checkableText(md, 'markdown');
    assert.equal(out.length, md.length);
    assert.equal(out.split('\r\n').length, md.split('\r\n').length);
  });
});

describe('LineIndex', () => {
  it('maps offsets and positions both ways for CRLF, LF and CR', () => {
    const text = 'a\r\nb\nc\rd';
    const idx = new LineIndex(text);
    for (let off = 0; off <= text.length; off++) {
      const pos = idx.positionAt(off);
      if (text[off - 1] === '\r' && text[off] === '\n') continue; // inside a CRLF
      assert.equal(idx.offsetAt(pos), off);
    }
    assert.deepEqual(idx.positionAt(text.indexOf('d')), { line: 3, character: 0 });
  });
});

describe('.etika-asn.yaml', () => {
  it('reads good keys and reports each bad one with its line', () => {
    const { config, problems } = parseConfig('.etika-asn.yaml', 'rules:\n  hoaks: off\n  netralitas/x: loud\nallow: [Budi]\nredaction: partial\ncolour: red\n');
    assert.deepEqual(config.rules, { hoaks: 'off' });
    assert.deepEqual(config.allow, ['Budi']);
    assert.equal(config.redaction, 'partial');
    assert.deepEqual(
      problems.map((p) => [p.line, p.message.split(':')[0]]),
      [
        [3, 'rules.netralitas/x'],
        [6, 'colour'],
      ],
    );
  });

  it('survives a file that is not YAML', () => {
    const { config, problems } = parseConfig('.etika-asn.yaml', 'rules: [\n');
    assert.deepEqual(config, {});
    assert.equal(problems.length, 1);
  });
});

describe('word-start patterns (prefilter)', () => {
  it('know which words a match can begin with', () => {
    const prefixes = (source: string) => wordStartPrefixes(unicodeWordBoundaries(source), 'giu');
    // a trailing space marks a whole first word (WHOLE_WORD)
    assert.deepEqual(prefixes('\\bsalam (?<hit>dua jari)\\b'), ['salam ']);
    assert.deepEqual(prefixes('\\b(?:(?:kamu|anda)\\s+)?(?:tahu|kenal)\\s+saya'), ['kamu ', 'anda ', 'tahu ', 'kenal ']);
    assert.deepEqual(prefixes('\\bpin\\b|\\bke\\s?rek'), ['pin ', 'ke ', 'kerek'], 'an optional space: the word alone, or joined to what follows');
    assert.deepEqual(prefixes('\\btahu(?:nya)?\\b|\\bjum[\\w-]'), ['tahu', 'jum'], 'an optional suffix, a class that may be a letter');
    assert.deepEqual(prefixes('\\bdis[ck](?:on)?\\s?\\d'), ['disc', 'disk'], 'a small letter class spreads');
    assert.deepEqual(prefixes('\\b(?:ha)+\\b'), ['ha'], 'a repeated group may follow itself');
    assert.equal(prefixes('\\b\\d+ persen'), undefined, 'a class is no literal');
    assert.equal(prefixes('salam dua jari'), undefined, 'may start inside a word');
    assert.equal(prefixes('\\b(?:a|bc)d'), undefined, 'one-letter prefixes select too much');
  });

  it('find exactly what a full scan of each pattern finds', () => {
    const { rules } = shippedRules();
    const fullScan = rules.map((r) => ({
      ...r,
      match: { ...r.match, patterns: r.match.patterns.map((p) => new CompiledPattern(p.source, p.global.source, p.global.flags)) },
    }));
    const withPrefilter = new Linter(rules);
    const withoutPrefilter = new Linter(fullScan);
    const texts = rules.flatMap((r) => [...r.examples.invalid, ...r.examples.valid].map((e) => e.text));
    texts.push(texts.join('\n'), 'Rata-rata warga, kamu tahu saya siapa? b*ngs*t kamu tidak kenal saya!');
    // the i flag folds "ſ" onto s and the Kelvin sign onto k: the word-prefix lookup must too
    const invalid = rules.flatMap((r) => r.examples.invalid.map((e) => e.text));
    texts.push(...invalid.map((t) => t.toUpperCase()), ...invalid.map((t) => t.replace(/s/g, 'ſ').replace(/k/g, '\u212a')));
    // words that begin with a whole-word prefix, and the whole words, side by side
    texts.push("Kecamatan ke rek ini, kirim ke rekening ini. Diundi tadi malam, di undi tadi malam, dinas diundian. Tahunan? tahu saya siapa! Disiplin, diskon 50%, disc 20%. Jum'at: pin hadiah, pinjaman pin.");
    const key = (l: Linter, t: string) => l.lint(t).map((f) => `${f.ruleId}@${f.offset.start}-${f.offset.end}`).sort();
    for (const t of texts) assert.deepEqual(key(withPrefilter, t), key(withoutPrefilter, t), t.slice(0, 80));
  });
});

describe('opening word boundary checked in code (prefilter)', () => {
  // \bx opens with the boundary's look-behind, so this is that look-behind as the rules compile it
  const boundaryThen = (after: string) => unicodeWordBoundaries(`\\b${after}`);

  it('followsWordCharacter reads the character before as the look-behind does, with and without the i flag', () => {
    const refused = [new RegExp(boundaryThen(''), 'uy'), new RegExp(boundaryThen(''), 'iuy')];
    const agrees = (text: string, at: number) => {
      for (const re of refused) {
        re.lastIndex = at;
        if (followsWordCharacter(text, at) === re.test(text)) return false;
      }
      return true;
    };
    // every code point (lone surrogates included) just before the position
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      const text = `${String.fromCodePoint(cp)}x`;
      if (!agrees(text, text.length - 1)) assert.fail(`U+${cp.toString(16)}`);
    }
    assert.ok(agrees('x', 0) && !followsWordCharacter('x', 0), 'the start of the text');
    assert.ok(followsWordCharacter('_x', 1) && followsWordCharacter('\u{1d400}x', 2) && followsWordCharacter('e\u0301x', 2));
  });

  it('takes the look-behind out only when every top-level alternative opens with it', () => {
    const strip = (source: string) => withoutOpeningBoundary(unicodeWordBoundaries(source));
    assert.equal(strip('\\bfoo|\\bbar(?:x|y)\\b'), `foo|${unicodeWordBoundaries('bar(?:x|y)\\b')}`);
    assert.equal(strip('\\b[|(]a|\\bb\\|c'), '[|(]a|b\\|c', 'a | in a class or escaped separates nothing');
    assert.equal(strip('\\bfoo|bar'), undefined);
    assert.equal(strip('(?:\\bfoo|\\bbar)'), undefined, 'inside a group it is not at the top level');
  });

  it('property: at any position, the pattern without it matches exactly when the full pattern does (seeded)', () => {
    const patterns = shippedRules().rules.flatMap((r) => r.match.patterns).filter((p) => p.opensWithBoundary);
    assert.ok(patterns.length >= 50, 'shipped word-start patterns');
    const examples = shippedRules().rules.flatMap((r) => r.examples.invalid.map((e) => e.text));
    const starts = (text: string) => [...text.matchAll(/(?<![\p{L}\p{N}])[\p{L}\p{N}]/gu)].map((m) => m.index!);
    const matchStarts = (text: string) => patterns.flatMap((p) => [...text.matchAll(p.global)].map((m) => m.index!));
    // texts the patterns match, with characters that touch the boundary put in where a match
    // starts, where a word starts, or anywhere
    const inserted = fc.array(fc.tuple(fc.nat(), fc.constantFrom('_', 'é', '\u0301', '\u{1d400}', '7', ' ', '-', '#')), { maxLength: 4 });
    const show = (m: RegExpExecArray | null) => (m ? `${m.index}:${m[0]}:${JSON.stringify(m.groups ?? {})}` : 'none');
    fc.assert(
      fc.property(fc.constantFrom(...examples.filter((e) => matchStarts(e).length > 0)), inserted, (example, insertions) => {
        let text = example;
        for (const [n, c] of insertions) {
          const places = [matchStarts(text), starts(text), [n % (text.length + 1)]][n % 3];
          const at = places.length > 0 ? places[n % places.length] : 0;
          text = text.slice(0, at) + c + text.slice(at);
        }
        for (let at = 0; at <= text.length; at++) {
          // the linter never starts inside a surrogate pair (token starts are letters or digits)
          if (/[\udc00-\udfff]/u.test(text[at] ?? '') && /[\ud800-\udbff]/u.test(text[at - 1] ?? '')) continue;
          for (const p of patterns) {
            p.sticky.lastIndex = at;
            const full = p.sticky.exec(text);
            let opened: RegExpExecArray | null = null;
            if (!followsWordCharacter(text, at)) {
              p.atWordStart.lastIndex = at;
              opened = p.atWordStart.exec(text);
            }
            if (show(full) !== show(opened)) assert.fail(`${p.source} at ${at} of ${JSON.stringify(text)}: ${show(full)} vs ${show(opened)}`);
          }
        }
      }),
      { seed: 20261202, numRuns: 200 },
    );
  });
});

describe('required literals (prefilter)', () => {
  const literal = (source: string, flags = 'giu') => requiredLiteral(unicodeWordBoundaries(source), flags);

  it('name the longest text every match contains, and how far before it a match can start', () => {
    assert.deepEqual(literal('(?<![!?])!{2,}(?![!?])'), { text: '!!', maxBefore: 0, beforeCrossesLines: false });
    assert.deepEqual(literal('\\bS?R-\\d{1,6}', 'gu'), { text: 'R-', maxBefore: 1, beforeCrossesLines: false });
    assert.deepEqual(literal('[ \\t]*(?<hit>SANGAT RAHASIA)', 'gu'), { text: 'SANGAT RAHASIA', maxBefore: null, beforeCrossesLines: false });
    assert.deepEqual(literal('\\s*(?:ab|cd)x?#tag'), { text: '#tag', maxBefore: null, beforeCrossesLines: true });
    assert.deepEqual(literal('[\\p{Ll}](?<hit> ?!{3,})', 'gu'), { text: '!!!', maxBefore: 3, beforeCrossesLines: false });
  });

  it('yield none for alternatives without a common literal, or for one that is everywhere', () => {
    assert.equal(literal('\\d+ ?(?:%|persen)'), undefined);
    assert.equal(literal('foo-x|bar-x'), undefined, 'different top-level alternatives');
    assert.deepEqual(literal('(?:ab|cd)-x|e-x'), undefined);
    assert.deepEqual(literal('#ab|#ab'), { text: '#ab', maxBefore: 0, beforeCrossesLines: false }, 'the same literal in every alternative');
    assert.equal(literal('\\p{Lu}+ \\p{Lu}+'), undefined, 'a single space is no filter');
    assert.equal(literal('(?:w+k+){2,}'), undefined, 'a repeated group is not unrolled');
  });

  it('find exactly what a global scan finds', () => {
    const patterns = shippedRules().rules.flatMap((r) => r.match.patterns).filter((p) => p.requiredLiteral);
    assert.ok(patterns.length >= 10, 'shipped patterns with a literal');
    const piece = fc.constantFrom('#', '!', '!!', '?', '??', ' ', '\n', 'R-', '12', '/A/B', ':', 'SANGAT RAHASIA', 'Sifat', 'Rahasia', 'GantiPresiden', 'Pilih', 'wkwk', 'a', 'B', 'x');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        for (const p of patterns) {
          const found: string[] = [];
          scanNearLiteral(p, text, (m) => found.push(`${m.index}:${m[0]}`));
          const all = [...text.matchAll(new RegExp(p.global.source, p.global.flags))].map((m) => `${m.index}:${m[0]}`);
          assert.deepEqual(found, all, p.source);
        }
      }),
      { numRuns: 300 },
    );
  });
});
