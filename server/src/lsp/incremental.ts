// Re-checking only what an edit touched. A long press release is thousands of lines and
// checking it whole costs tens of milliseconds; a keystroke changes one line. The engine's
// contexts are line- or sentence-local (a sentence never crosses a line break) or a few
// words wide, so after an edit we lint the changed lines plus a margin, keep the old
// findings elsewhere (shifted), and fall back to a full check whenever that could differ:
// a rule looking at the whole document, block suppressions, Markdown constructs that span lines.
import { hasBlockDirective, type Finding, type Linter, type TextEdit } from '../engine';

/**
 * How far the engine looks around a match: word windows (at most 50 words), validators'
 * label and contact look-behind (up to ~400 characters). A change can alter findings this
 * far away, so their lines are recomputed, and those need as much context again around them.
 */
const CONTEXT_REACH = 500;
const CORE_REACH = CONTEXT_REACH;
const MARGIN = CONTEXT_REACH;

export interface LintSnapshot {
  linter: Linter;
  languageId: string;
  text: string;
  findings: Finding[];
}

export function lintFull(linter: Linter, text: string, languageId: string): LintSnapshot {
  return { linter, languageId, text, findings: linter.lint(text, { languageId }) };
}

function needsWholeText(linter: Linter, text: string, languageId: string): boolean {
  if (linter.rules.some((r) => r.context?.scope === 'document')) return true;
  if (hasBlockDirective(text)) return true;
  if (languageId === 'markdown' && (text.includes('```') || text.includes('~~~') || text.includes('<!--') || text.startsWith('---'))) return true;
  return false;
}

function lineStartAt(text: string, offset: number): number {
  if (offset <= 0) return 0;
  const nl = Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1));
  // between the \r and \n of one line break: that is still the line before
  if (text[nl] === '\r' && text[nl + 1] === '\n' && nl + 1 === offset) return lineStartAt(text, nl);
  return nl + 1;
}

/** The offset just after the line break ending the line that holds `offset` (or the text's end). */
function lineEndAfter(text: string, offset: number): number {
  if (offset >= text.length) return text.length;
  // offset already at a line start: that line is not included
  if (offset > 0 && (text[offset - 1] === '\n' || (text[offset - 1] === '\r' && text[offset] !== '\n'))) return offset;
  for (let i = offset; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) return i + 1;
    if (c === 13) return text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
  }
  return text.length;
}

/** Line breaks in text[from, to), counting \r\n once, as LineIndex does. */
function countLines(text: string, from: number, to: number): number {
  let n = 0;
  if (text.indexOf('\r', from) < 0 || text.indexOf('\r', from) >= to) {
    // no carriage returns: indexOf is far faster than a loop over every character
    for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) n++;
    return n;
  }
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) n++;
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) n++;
  }
  return n;
}

const BLOCK = 2048;

/** Length of the common start; whole blocks compare as strings (a memory compare), then characters. */
function commonPrefix(a: string, b: string): number {
  const max = Math.min(a.length, b.length);
  let i = 0;
  while (i + BLOCK <= max && a.slice(i, i + BLOCK) === b.slice(i, i + BLOCK)) i += BLOCK;
  while (i < max && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** Length of the common end, at most `max`. */
function commonSuffix(a: string, b: string, max: number): number {
  let n = 0;
  while (n + BLOCK <= max && a.slice(a.length - n - BLOCK, a.length - n) === b.slice(b.length - n - BLOCK, b.length - n)) n += BLOCK;
  while (n < max && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++;
  return n;
}

function shiftEdit(e: TextEdit, lines: number): TextEdit {
  return {
    range: { start: { line: e.range.start.line + lines, character: e.range.start.character }, end: { line: e.range.end.line + lines, character: e.range.end.character } },
    newText: e.newText,
  };
}

function shift(f: Finding, offsetDelta: number, lineDelta: number): Finding {
  if (offsetDelta === 0 && lineDelta === 0) return f;
  return {
    ...f,
    range: shiftEdit({ range: f.range, newText: '' }, lineDelta).range,
    offset: { start: f.offset.start + offsetDelta, end: f.offset.end + offsetDelta },
    fixes: f.fixes.map((fix) => ({ ...fix, edits: fix.edits.map((e) => shiftEdit(e, lineDelta)) })),
  };
}

/** Findings for `text`, reusing `prev` where the edit cannot have changed them. */
export function relint(prev: LintSnapshot | undefined, linter: Linter, text: string, languageId: string): LintSnapshot {
  // the old text counts too: removing a block directive changes lines far from the edit
  if (!prev || prev.linter !== linter || prev.languageId !== languageId || needsWholeText(linter, text, languageId) || needsWholeText(linter, prev.text, languageId)) {
    return lintFull(linter, text, languageId);
  }
  const old = prev.text;
  if (old === text) return { ...prev };
  const prefix = commonPrefix(old, text);
  const suffix = commonSuffix(old, text, Math.min(old.length, text.length) - prefix);
  const delta = text.length - old.length;

  const coreStart = lineStartAt(text, Math.max(0, prefix - CORE_REACH));
  const coreEnd = lineEndAfter(text, Math.min(text.length, text.length - suffix + CORE_REACH));
  const oldCoreEnd = coreEnd - delta;
  const windowStart = lineStartAt(text, Math.max(0, coreStart - MARGIN));
  const windowEnd = lineEndAfter(text, Math.min(text.length, coreEnd + MARGIN));
  if (windowStart === 0 && windowEnd === text.length) return lintFull(linter, text, languageId);

  const windowLine = countLines(text, 0, windowStart);
  const lineDelta = countLines(text, coreStart, coreEnd) - countLines(old, coreStart, oldCoreEnd);

  const fresh = linter.lint(text.slice(windowStart, windowEnd), { languageId });
  const findings: Finding[] = [];
  for (const f of prev.findings) if (f.offset.start < coreStart) findings.push(f);
  for (const f of fresh) {
    const start = f.offset.start + windowStart;
    if (start >= coreStart && start < coreEnd) findings.push(shift(f, windowStart, windowLine));
  }
  for (const f of prev.findings) if (f.offset.start >= oldCoreEnd) findings.push(shift(f, delta, lineDelta));
  return { linter, languageId, text, findings };
}
