import assert from 'node:assert/strict';
import { VALIDATORS } from '../../server/src/engine/validators';

/** Texts of the hits of one validator over `text` (candidates, then validate). */
export function hits(name: string, text: string): string[] {
  const v = VALIDATORS[name];
  assert.ok(v, `validator ${name} registered`);
  const out: string[] = [];
  v.candidates.lastIndex = 0;
  for (const m of text.matchAll(v.candidates)) {
    const h = v.validate({ text: m[0], start: m.index!, end: m.index! + m[0].length, groups: m.slice(1) }, text);
    if (h) out.push(text.slice(h.start, h.end));
  }
  return out;
}
