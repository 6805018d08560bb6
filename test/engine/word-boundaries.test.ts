import assert from 'node:assert/strict';
import fc from 'fast-check';
import { endsInWordCharacter, startsWithWordCharacter, unicodeWordBoundaries } from '../../server/src/engine/rules';
import { shippedRules } from '../helpers/rules';

const WORD = '[\\p{L}\\p{N}\\p{M}_]';
const AT_START = `(?<!${WORD})`;
const AT_END = `(?!${WORD})`;
const ANYWHERE = `(?:(?<=${WORD})(?!${WORD})|(?<!${WORD})(?=${WORD}))`;

/** The oracle: the rewriting before it looked at whole groups beside a \b (one neighbour character only). */
function plainWordBoundaries(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      const next = source[i + 1];
      if (next === 'b' && !inClass) {
        const after = source.slice(i + 2);
        const prev = source[i - 1] ?? '';
        const prevEscaped = source[i - 2] === '\\';
        const wordAfter = /^(?:[\p{L}\p{N}_]|\\[dw]|\\p\{L\}|\(\?:[\p{L}\p{N}]|\[\\p\{L\})/u.test(after);
        const wordBefore = /[\p{L}\p{N}_]/u.test(prev) && !prevEscaped;
        const opens = out === '' || /(?:\(|\(\?:|\||\(\?<\w+>)$/.test(out);
        const closes = after === '' || after[0] === ')' || after[0] === '|';
        out += wordAfter && !wordBefore ? AT_START : wordBefore && !wordAfter ? AT_END : opens ? AT_START : closes ? AT_END : ANYWHERE;
      } else out += c + (next ?? '');
      i++;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    out += c;
  }
  return out;
}

describe('word boundaries beside whole groups (rules.ts)', () => {
  it('know when every match of a group ends or starts with a word character', () => {
    for (const s of ['kata', '(?:saya|kami)', '(?<hit>a|b(?:c|d))', '0[1-3]', '\\d', 'x\\w', '(?:k|rb|ribu)', 'a\\\\b']) assert.ok(endsInWordCharacter(s), s);
    for (const s of ['kata.', '(?:saya|)', '(?:saya|kita!)', 'no(?:mor)?', 'a+?', 'a{2}', '\\p{L}', '[^a-z]', '[a-z.]', '(?<=a)', '(?!a)', '\\x41', '\\u0041', '\\u002E', 'a\\b', '\\1', '(?:a\\.)', '[\\w]', ')', '']) {
      assert.ok(!endsInWordCharacter(s), s);
    }
    for (const s of ['kata', '(?:saya|kami) x', '[A-Z0-9]+', '\\d', '(?:(?:a|b)c|d)']) assert.ok(startsWithWordCharacter(s), s);
    for (const s of ['a?', 'a*', 'a{0,2}', '(?:a|)', '(?:a|.)', '(?:ab)?c', '(?=a)a', '\\s', '.', '[^a]', '', '\\p{L}', '(?:\\.a)']) assert.ok(!startsWithWordCharacter(s), s);
  });

  it('make one-sided only the boundaries that were two-sided before', () => {
    const sources = shippedRules().rules.flatMap((r) => [...r.match.patterns.map((p) => p.source), r.context?.requirePattern?.source ?? '', r.context?.excludePattern?.source ?? '']);
    let refined = 0;
    for (const s of sources) {
      const now = unicodeWordBoundaries(s);
      const parts = plainWordBoundaries(s).split(ANYWHERE);
      if (parts.length === 1) assert.equal(now, parts[0], s);
      // the same text, each two-sided boundary kept or made one-sided
      let rest = now;
      parts.forEach((part, i) => {
        assert.ok(rest.startsWith(part), s);
        rest = rest.slice(part.length);
        if (i === parts.length - 1) return;
        const boundary = [ANYWHERE, AT_START, AT_END].find((b) => rest.startsWith(b));
        assert.ok(boundary, s);
        if (boundary !== ANYWHERE) refined++;
        rest = rest.slice(boundary.length);
      });
      assert.equal(rest, '', s);
    }
    assert.ok(refined >= 10, `shipped patterns with a refined boundary: ${refined}`);
  });

  it('property: the refined patterns find exactly what the two-sided ones find (seeded)', () => {
    const { rules } = shippedRules();
    const refined = rules.flatMap((r) =>
      r.match.patterns
        .filter((p) => unicodeWordBoundaries(p.source) !== plainWordBoundaries(p.source))
        .map((p) => ({ now: new RegExp(unicodeWordBoundaries(p.source), p.global.flags), before: new RegExp(plainWordBoundaries(p.source), p.global.flags) })),
    );
    assert.ok(refined.length >= 10);
    const examples = rules.flatMap((r) => [...r.examples.invalid, ...r.examples.valid].map((e) => e.text));
    // characters that decide a boundary, put in beside words
    const inserted = fc.array(fc.tuple(fc.nat(), fc.constantFrom('_', 'é', '\u0301', '\u{1d400}', '7', ' ', '.', '-', '!', 'x')), { maxLength: 5 });
    const all = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}`).join('|');
    fc.assert(
      fc.property(fc.constantFrom(...examples), inserted, (example, insertions) => {
        let text = example;
        for (const [n, c] of insertions) {
          const edges = [...text.matchAll(/(?<=[\p{L}\p{N}])(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])/gu)].map((m) => m.index!);
          const at = n % 4 > 0 && edges.length > 0 ? edges[n % edges.length] : n % (text.length + 1);
          text = text.slice(0, at) + c + text.slice(at);
        }
        for (const { now, before } of refined) assert.equal(all(now, text), all(before, text), `${now.source.slice(0, 60)} on ${JSON.stringify(text)}`);
      }),
      { seed: 20261202, numRuns: 400 },
    );
  });
});
