// Applying fixes to text: the one place that decides which edits go together (CLI --fix,
// the editor's fix-all and redact-all all come through here).
//
// Merge rule, for the edits chosen from the findings (sorted by start, enclosing first):
//  1. Redactions that overlap are merged into one edit covering their union: an edit
//     inside another is absorbed by it; one that sticks out adds its own replacement for
//     the part beyond. Personal data is never left half-visible because two detectors
//     disagreed on where it ends.
//  2. Any other edit that overlaps a redaction is dropped (the redaction wins).
//  3. Two overlapping removals merge into one (a removal that then ends a line takes the
//     space before it too); any other edit overlapping an earlier one is dropped.
// fixText then re-checks the fixed text (as vscode-eslint's fix-all does) and drops the
// edits that made a finding appear that the text did not have at that place, until a
// second pass would change nothing.
import { isLineBreakCode, lowerBound, Segments } from './segment';
import { LineIndex } from './text';
import type { Finding, FixKind, TextEdit } from './types';

export interface OffsetEdit {
  start: number;
  end: number;
  newText: string;
  kind?: FixKind;
}

/** A resolved edit and the chosen edits it came from. */
interface Resolved extends OffsetEdit {
  sources: OffsetEdit[];
}

/** Which fixes: each finding's preferred fix when it is safe, or every personal-data redaction. */
export type FixSelection = 'safe' | 'redact';

const overlaps = (a: OffsetEdit, b: OffsetEdit) => a.start < b.end && b.start < a.end;

/** The merge rule above: sorted, non-overlapping edits. */
export function resolveEdits(text: string, edits: readonly OffsetEdit[]): OffsetEdit[] {
  return resolve(text, edits);
}

function resolve(text: string, edits: readonly OffsetEdit[]): Resolved[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start || b.end - a.end);
  // 1. redactions: unions
  const redactions: Resolved[] = [];
  for (const e of sorted) {
    if (e.kind !== 'redact') continue;
    const prev = redactions[redactions.length - 1];
    if (prev && e.start < prev.end) {
      prev.sources.push(e);
      if (e.end > prev.end) {
        prev.newText += e.newText;
        prev.end = e.end;
      }
      continue;
    }
    redactions.push({ ...e, sources: [e] });
  }
  // 2. and 3. the other edits
  const kept: Resolved[] = [];
  let r = 0;
  for (const e of sorted) {
    if (e.kind === 'redact') continue;
    while (r < redactions.length && redactions[r].end <= e.start) r++;
    const x = redactions[r];
    if (x && (overlaps(x, e) || (x.start === e.start && e.start === e.end))) continue;
    const prev = kept[kept.length - 1];
    if (prev && e.start < prev.end) {
      if (prev.newText === '' && e.newText === '') {
        prev.sources.push(e);
        prev.end = Math.max(prev.end, e.end);
        // merged removals that now end a line leave no space dangling before them
        const atLineEnd = prev.end === text.length || isLineBreakCode(text.charCodeAt(prev.end));
        const before = kept[kept.length - 2];
        if (atLineEnd && text[prev.start - 1] === ' ' && (!before || before.end < prev.start - 1) && !redactions.some((x) => x.end === prev.start)) prev.start--;
      }
      continue;
    }
    kept.push({ ...e, sources: [e] });
  }
  return [...redactions, ...kept].sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Applies sorted, non-overlapping offset edits. */
export function applyOffsetEdits(text: string, edits: readonly OffsetEdit[]): string {
  let out = '';
  let at = 0;
  for (const e of edits) {
    out += text.slice(at, e.start) + e.newText;
    at = e.end;
  }
  return out + text.slice(at);
}

/** Applies edits given in LSP ranges, resolved by the merge rule. */
export function applyEdits(text: string, edits: readonly TextEdit[]): { text: string; applied: number } {
  const lines = new LineIndex(text);
  const resolved = resolve(
    text,
    edits.map((e) => ({ start: lines.offsetAt(e.range.start), end: lines.offsetAt(e.range.end), newText: e.newText })),
  );
  return { text: applyOffsetEdits(text, resolved), applied: resolved.length };
}

/** The candidate edits of the chosen fixes, as offsets into the text the findings are for. */
export function chosenEdits(findings: readonly Finding[], text: string, select: FixSelection): OffsetEdit[] {
  const lines = new LineIndex(text);
  const out: OffsetEdit[] = [];
  for (const f of findings) {
    const fix = select === 'redact' ? (f.category === 'data-pribadi' ? f.fixes.find((x) => x.kind === 'redact') : undefined) : (f.fixes.find((x) => x.preferred) ?? f.fixes[0]);
    if (!fix || (select === 'safe' && !fix.safe)) continue;
    for (const e of fix.edits) out.push({ start: lines.offsetAt(e.range.start), end: lines.offsetAt(e.range.end), newText: e.newText, kind: fix.kind });
  }
  return out;
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

/** Anything that lints: the Linter, without importing it here. */
export interface Checker {
  lint(text: string, options?: { languageId?: string }): Finding[];
}

export interface FixOptions {
  languageId?: string;
  select?: FixSelection;
  /** The findings of `text`, when the caller already has them. */
  findings?: Finding[];
}

export interface FixResult {
  /** The fixed text. */
  text: string;
  /** Sorted, non-overlapping edits in the original text's offsets that turn it into `text`. */
  edits: OffsetEdit[];
  /** How many of the chosen fixes are applied. */
  applied: number;
  /** The findings of the fixed text. */
  findings: Finding[];
}

const MAX_PASSES = 8;

/**
 * Applies the chosen fixes until nothing changes, never keeping an edit that makes a new
 * finding appear (the fixed text has no finding the original did not have at that place).
 */
export function fixText(checker: Checker, text: string, options: FixOptions = {}): FixResult {
  const select = options.select ?? 'safe';
  const lint = (t: string) => checker.lint(t, { languageId: options.languageId });
  let findings = options.findings ?? lint(text);
  let current = text;
  const passes: Resolved[][] = [];
  let applied = 0;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const step = fixOnce(lint, current, findings, select);
    if (!step) break;
    passes.push(step.edits);
    applied += step.applied;
    current = step.text;
    findings = step.findings;
  }
  return { text: current, edits: compose(passes, current), applied, findings };
}

/** Rounds of re-checking in one pass; a pass that needs more applies nothing (never a wrong fix). */
const MAX_ROUNDS = 6;

/** One pass: the chosen fixes that together make no new finding. */
function fixOnce(
  lint: (t: string) => Finding[],
  text: string,
  findings: Finding[],
  select: FixSelection,
): { text: string; edits: Resolved[]; findings: Finding[]; applied: number } | undefined {
  let candidates = chosenEdits(findings, text, select);
  const had = new FindingsByRule(findings);
  for (let round = 0; round < MAX_ROUNDS && candidates.length > 0; round++) {
    const edits = resolve(text, candidates);
    const out = applyOffsetEdits(text, edits);
    if (out === text) return undefined;
    const after = lint(out);
    const map = new EditMap(edits);
    const fresh = after.filter((f) => !had.near(f.ruleId, map.back(f.offset.start, 'start'), map.back(f.offset.end, 'end')));
    const done = { text: out, edits, findings: after, applied: edits.reduce((n, e) => n + e.sources.length, 0) };
    if (fresh.length === 0) return done;
    const blamed = new Set<OffsetEdit>();
    const segments = new Segments(out);
    for (const f of fresh) {
      // redact-all never leaves data visible to avoid a finding
      for (const e of blame(edits, map, segments, f)) if (select !== 'redact' || e.kind !== 'redact') for (const src of e.sources) blamed.add(src);
    }
    if (blamed.size === 0) return done;
    candidates = candidates.filter((c) => !blamed.has(c));
  }
  return undefined;
}

/** A text's findings by rule, to ask "did it have one of this rule around here?" in log time. */
class FindingsByRule {
  private readonly byRule = new Map<string, { starts: number[]; maxEnds: number[] }>();

  constructor(findings: readonly Finding[]) {
    const sorted = [...findings].sort((a, b) => a.offset.start - b.offset.start);
    for (const f of sorted) {
      let entry = this.byRule.get(f.ruleId);
      if (!entry) this.byRule.set(f.ruleId, (entry = { starts: [], maxEnds: [] }));
      entry.starts.push(f.offset.start);
      entry.maxEnds.push(Math.max(f.offset.end, entry.maxEnds[entry.maxEnds.length - 1] ?? -1));
    }
  }

  /** Whether a finding of `ruleId` overlaps or touches [start, end]. */
  near(ruleId: string, start: number, end: number): boolean {
    const entry = this.byRule.get(ruleId);
    if (!entry) return false;
    const i = lowerBound(entry.starts, end + 1) - 1;
    return i >= 0 && entry.maxEnds[i] >= start;
  }
}

/** Offsets before and after one list of sorted, non-overlapping edits. */
class EditMap {
  /** Where each edit's replacement lies in the new text. */
  readonly froms: number[] = [];
  readonly tos: number[] = [];
  private readonly ends: number[];
  /** Length change of the edits before each index. */
  private readonly deltas: number[] = [0];

  constructor(readonly edits: readonly OffsetEdit[]) {
    let delta = 0;
    for (const e of edits) {
      this.froms.push(e.start + delta);
      this.tos.push(e.start + delta + e.newText.length);
      delta += e.newText.length - (e.end - e.start);
      this.deltas.push(delta);
    }
    this.ends = edits.map((e) => e.end);
  }

  /** The old offset a new offset came from (an offset inside a replacement: that edit's start or end). */
  back(q: number, side: 'start' | 'end'): number {
    const i = lowerBound(this.tos, q);
    if (i < this.edits.length && this.froms[i] <= q) return side === 'start' ? this.edits[i].start : this.edits[i].end;
    return q - this.deltas[i];
  }

  /** The new offset of an old offset outside every edit (at an edit's edge: before it for a start). */
  forward(p: number, side: 'start' | 'end'): number {
    let i = lowerBound(this.ends, p);
    while (i < this.edits.length && this.ends[i] === p && (side === 'end' || this.edits[i].start < p)) i++;
    return p + this.deltas[i];
  }
}

/**
 * The edits to blame for a new finding: those it touches, else those on its line, else the
 * nearest. Edits other than redactions are blamed first (a redaction protects data).
 */
function blame<T extends OffsetEdit>(edits: readonly T[], map: EditMap, segments: Segments, f: Finding): T[] {
  const { start, end } = f.offset;
  const within = (from: number, to: number) => {
    const out: T[] = [];
    for (let i = lowerBound(map.tos, from); i < edits.length && map.froms[i] <= to; i++) out.push(edits[i]);
    return out;
  };
  const [lineFrom, lineTo] = segments.lineBounds(start, end);
  const tiers = [within(start, end), within(lineFrom, lineTo)];
  const i = lowerBound(map.tos, start);
  const near = [edits[i - 1], edits[i]].filter((e): e is T => e !== undefined);
  if (near.length === 2) tiers.push([start - map.tos[i - 1] <= map.froms[i] - end ? near[0] : near[1]]);
  else tiers.push(near);
  for (const tier of tiers) {
    if (tier.length === 0) continue;
    const plain = tier.filter((e) => e.kind !== 'redact');
    return plain.length > 0 ? plain : tier;
  }
  return [];
}

/** Several passes' edits as one list in the first text's offsets. */
function compose(passes: readonly Resolved[][], final: string): OffsetEdit[] {
  const strip = (e: OffsetEdit): OffsetEdit => ({ start: e.start, end: e.end, newText: e.newText, ...(e.kind ? { kind: e.kind } : {}) });
  if (passes.length === 0) return [];
  if (passes.length === 1) return passes[0].map(strip);
  const maps = passes.map((edits) => new EditMap(edits));
  // every changed interval, mapped back to the original offsets, then merged
  const intervals: [number, number][] = [];
  passes.forEach((edits, k) => {
    for (const e of edits) {
      let [s, t] = [e.start, e.end];
      for (let j = k - 1; j >= 0; j--) [s, t] = [maps[j].back(s, 'start'), maps[j].back(t, 'end')];
      intervals.push([s, t]);
    }
  });
  intervals.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const iv of intervals) {
    const prev = merged[merged.length - 1];
    if (prev && iv[0] <= prev[1]) prev[1] = Math.max(prev[1], iv[1]);
    else merged.push([...iv]);
  }
  // their text after all passes: the endpoints lie outside every edit, so they map forward exactly
  const forward = (p: number, side: 'start' | 'end') => maps.reduce((q, m) => m.forward(q, side), p);
  return merged.map(([s, t]) => ({ start: s, end: t, newText: final.slice(forward(s, 'start'), forward(t, 'end')) }));
}
