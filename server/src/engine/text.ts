// Offsets <-> LSP positions, and blanking of text that must not be checked.
import type { Position, Range } from './types';

/** Maps UTF-16 offsets to 0-based line/character, counting \r\n, \n and \r as LSP does. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(private readonly text: string) {
    if (!text.includes('\r')) {
      // the common case, found by the engine's fast substring search instead of a char loop
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      } else if (c === 10 /* \n */) {
        this.starts.push(i + 1);
      }
    }
  }

  get lineCount(): number {
    return this.starts.length;
  }

  positionAt(offset: number): Position {
    offset = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - this.starts[lo] };
  }

  offsetAt(position: Position): number {
    if (position.line >= this.starts.length) return this.text.length;
    if (position.line < 0) return 0;
    const start = this.starts[position.line];
    const end = position.line + 1 < this.starts.length ? this.starts[position.line + 1] : this.text.length;
    return Math.max(start, Math.min(start + position.character, end));
  }

  range(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }

  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))];
  }

  /** End of the line's content, before its line break. */
  lineEnd(line: number): number {
    if (line + 1 >= this.starts.length) return this.text.length;
    let end = this.starts[line + 1];
    if (this.text.charCodeAt(end - 1) === 10) end--;
    if (this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }
}

/** Same length as `s`, every character but line breaks turned into a space. */
function blanked(s: string): string {
  return s.replace(/[^\r\n]/gu, (c) => (c.length === 2 ? '  ' : ' '));
}

const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>()"'\]]+/giu;
const DIRECTIVE_LINE_RE = /^.*etika-asn-(?:disable|enable)\b.*$/gmu;
const FRONT_MATTER_RE = /^---\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/u;
// the run and the rest of the opening line are taken whole ((?=(x))\1 cannot backtrack):
// a long line of backticks without a line break would otherwise be retried at every length
const FENCE_RE = /^[ \t]{0,3}(?=(`{3,}|~{3,}))\1(?=([^\n]*))\2\n[\s\S]*?(?:^[ \t]{0,3}\1[ \t]*$|(?![\s\S]))/gmu;
const AUTOLINK_RE = /<[a-z][a-z0-9+.-]*:[^\s>]*>/giu;
const HTML_TAG_RE = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/giu;
/** What a redaction fix writes (see validators/redact.ts): never read again as data or context. */
const REDACTION_LABEL_RE = /\[[^[\]\n\r]{1,60} disamarkan\]/gu;
const REFERENCE_DEF_RE = /^[ \t]{0,3}\[[^\]\n]+\]:[^\n]*$/gmu;

/**
 * `](target)` spans: a target runs to the first `)` on its line. Scanned by hand: a regex
 * retried at every `](` of a long line without `)` rescans the line each time.
 */
function linkTargets(text: string): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  for (let at = text.indexOf('](', from); at >= 0; at = text.indexOf('](', from)) {
    let i = at + 2;
    while (i < text.length && text[i] !== ')' && text[i] !== '\n') i++;
    if (text[i] === ')') {
      out.push([at, i + 1]);
      from = i + 1;
    } else from = i; // no `](` before i can close either
  }
  return out;
}

/**
 * Inline code: a run of backticks, text without backticks or line breaks, and as many
 * backticks again (what /(`+)[^`\n]+?\1/ matches, found without its backtracking over long runs).
 */
function inlineCode(text: string): [number, number][] {
  const out: [number, number][] = [];
  let i = text.indexOf('`');
  while (i >= 0) {
    let runEnd = i;
    while (text[runEnd] === '`') runEnd++;
    let j = runEnd;
    while (j < text.length && text[j] !== '`' && text[j] !== '\n') j++;
    if (j === runEnd || text[j] !== '`') {
      i = text.indexOf('`', j);
      continue;
    }
    let closeEnd = j;
    while (text[closeEnd] === '`') closeEnd++;
    // a longer opening run starts later, where what is left of it matches the closing run
    const k = Math.min(runEnd - i, closeEnd - j);
    out.push([runEnd - k, j + k]);
    i = text.indexOf('`', j + k);
  }
  return out;
}

/** `<!-- ... -->` spans; an unclosed comment ends the search instead of being retried at every opener. */
function htmlComments(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (let at = text.indexOf('<!--'); at >= 0; ) {
    const close = text.indexOf('-->', at + 4);
    if (close < 0) break;
    out.push([at, close + 3]);
    at = text.indexOf('<!--', close + 3);
  }
  return out;
}

export type TextKind = 'markdown' | 'plaintext';

export function textKindOf(languageId: string | undefined): TextKind {
  return languageId === 'markdown' ? 'markdown' : 'plaintext';
}

/**
 * The text the rules see: same length and line structure as the input (every line break
 * a \n, or the \r\n it was), with URLs,
 * suppression directives and (for Markdown) front matter, code, link targets and
 * HTML blanked out.
 */
export function checkableText(text: string, kind: TextKind): string {
  const hasUrl = text.includes('://') || text.includes('www.');
  const hasDirective = text.includes('etika-asn-');
  const hasLabel = text.includes(' disamarkan]');
  // rules are written for \n (and \r\n): a lone \r, U+2028 or U+2029 is read as \n
  if (text.includes('\r') || text.includes('\u2028') || text.includes('\u2029')) text = text.replace(/\r(?!\n)|[\u2028\u2029]/gu, '\n');
  if (kind === 'plaintext' && !hasUrl && !hasDirective && !hasLabel) return text;
  const spans: [number, number][] = [];
  const blankAll = (re: RegExp) => {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) spans.push([m.index!, m.index! + m[0].length]);
  };
  if (kind === 'markdown') {
    const fm = FRONT_MATTER_RE.exec(text);
    if (fm && fm.index === 0) spans.push([0, fm[0].length]);
    if (text.includes('```') || text.includes('~~~')) blankAll(FENCE_RE);
    if (text.includes('`')) spans.push(...inlineCode(text));
    if (text.includes('](')) spans.push(...linkTargets(text));
    if (text.includes('<')) {
      spans.push(...htmlComments(text));
      blankAll(AUTOLINK_RE);
      blankAll(HTML_TAG_RE);
    }
    if (text.includes(']:')) blankAll(REFERENCE_DEF_RE);
  }
  if (hasUrl) blankAll(URL_RE);
  if (hasDirective) blankAll(DIRECTIVE_LINE_RE);
  if (hasLabel) blankAll(REDACTION_LABEL_RE);
  spans.sort((x, y) => x[0] - y[0]);
  let out = '';
  let at = 0;
  for (const [start, end] of spans) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    out += text.slice(at, from) + blanked(text.slice(from, end));
    at = end;
  }
  return out + text.slice(at);
}
