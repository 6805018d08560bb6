// Applying fixes to text. Edits never overlap and touch only their own ranges.
import { LineIndex } from './text';
import type { Finding, TextEdit } from './types';

interface OffsetEdit {
  start: number;
  end: number;
  newText: string;
}

/** Applies edits given in LSP ranges; an edit overlapping an earlier-applied one is skipped. */
export function applyEdits(text: string, edits: readonly TextEdit[]): { text: string; applied: number } {
  const lines = new LineIndex(text);
  const offsets: OffsetEdit[] = edits.map((e) => ({ start: lines.offsetAt(e.range.start), end: lines.offsetAt(e.range.end), newText: e.newText }));
  offsets.sort((a, b) => a.start - b.start || a.end - b.end);
  const kept: OffsetEdit[] = [];
  let lastEnd = -1;
  for (const e of offsets) {
    const prev = kept[kept.length - 1];
    if (prev && e.start < lastEnd) {
      // two deletions that share a space (e.g. removing adjacent phrases) merge into one
      if (prev.newText === '' && e.newText === '') {
        prev.end = Math.max(prev.end, e.end);
        lastEnd = prev.end;
        // merged removals that now end a line leave no space dangling before them
        const atLineEnd = prev.end === text.length || text[prev.end] === '\n' || text[prev.end] === '\r';
        if (atLineEnd && text[prev.start - 1] === ' ' && (kept.length < 2 || kept[kept.length - 2].end < prev.start - 1)) prev.start--;
      }
      continue;
    }
    kept.push(e);
    lastEnd = e.end;
  }
  let out = '';
  let at = 0;
  for (const e of kept) {
    out += text.slice(at, e.start) + e.newText;
    at = e.end;
  }
  return { text: out + text.slice(at), applied: kept.length };
}

/** The edits of the first (preferred) fix of each finding, optionally only safe ones. */
export function firstFixEdits(findings: readonly Finding[], onlySafe: boolean): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const f of findings) {
    const fix = f.fixes.find((x) => x.preferred) ?? f.fixes[0];
    if (!fix || (onlySafe && !fix.safe)) continue;
    edits.push(...fix.edits);
  }
  return edits;
}
