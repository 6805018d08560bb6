// Inline suppression written in the document itself:
//   <!-- etika-asn-disable-next-line kesantunan/kata-kasar -->   (Markdown)
//   [etika-asn-disable-next-line kesantunan/kata-kasar]          (plain text, .siaran)
//   etika-asn-disable-line, etika-asn-disable ... etika-asn-enable
// With no rule named, every rule is suppressed. A category name covers its rules.
import type { Rule } from './rules';
import { Segments } from './segment';
import { RULE_ID_PATTERN } from './types';

const DIRECTIVE_RE = /etika-asn-([A-Za-z]+(?:-[A-Za-z]+)*)([^\n\r\]]*)/gu;
export const DIRECTIVES = ['disable-next-line', 'disable-line', 'disable', 'enable'] as const;
type Directive = (typeof DIRECTIVES)[number];

/** A misspelt directive ("etika-asn-disable-nextline"): it suppresses nothing and is reported. */
export interface UnknownDirective {
  start: number;
  end: number;
  name: string;
  /** The known spelling closest to it. */
  nearest: string;
}

function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur.push(Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)));
    prev = cur;
  }
  return prev[b.length];
}

/** Words after "etika-asn-" that are meant as a directive but are none (not "etika-asn-ls"). */
export function unknownDirectives(text: string): UnknownDirective[] {
  if (!text.includes('etika-asn-')) return [];
  const out: UnknownDirective[] = [];
  for (const m of text.matchAll(DIRECTIVE_RE)) {
    const name = m[1];
    if ((DIRECTIVES as readonly string[]).includes(name)) continue;
    const ranked = DIRECTIVES.map((d) => [d, distance(name.toLowerCase(), d)] as const).sort((x, y) => x[1] - y[1]);
    if (!/^(?:dis|en)/i.test(name) && ranked[0][1] > 3) continue;
    out.push({ start: m.index! + 'etika-asn-'.length, end: m.index! + 'etika-asn-'.length + name.length, name, nearest: ranked[0][0] });
  }
  return out;
}

/** Whether the text holds a block directive (disable … enable), read as parseSuppressions reads it: a block reaches beyond its line. */
export function hasBlockDirective(text: string): boolean {
  if (!text.includes('etika-asn-')) return false;
  for (const m of text.matchAll(DIRECTIVE_RE)) if (m[1] === 'disable' || m[1] === 'enable') return true;
  return false;
}

type Scope = Set<string> | 'all';

function covers(scope: Scope, rule: Rule): boolean {
  return scope === 'all' || scope.has(rule.id) || scope.has(rule.category);
}

export interface Suppressions {
  /** Whether `rule` is suppressed at `offset`. */
  suppresses(rule: Rule, offset: number): boolean;
}

function parseScope(rest: string): Scope {
  const names = rest
    .replace(/-->|\*\/|\]/g, ' ')
    .split(/[\s,]+/)
    .filter((n) => RULE_ID_PATTERN.test(n));
  return names.length === 0 ? 'all' : new Set(names);
}

/** Lines are the segmenter's: a directive's "next line" is the next one the rules see (after a lone CR or U+2028 too). */
export function parseSuppressions(text: string): Suppressions {
  if (!text.includes('etika-asn-')) return { suppresses: () => false };
  const lines = new Segments(text);
  const byLine = new Map<number, Scope[]>();
  const blocks: { from: number; to: number; scope: Scope }[] = [];
  const open: { from: number; scope: Scope }[] = [];
  const addLine = (line: number, scope: Scope) => {
    const list = byLine.get(line) ?? [];
    list.push(scope);
    byLine.set(line, list);
  };
  for (const m of text.matchAll(DIRECTIVE_RE)) {
    // an unknown directive suppresses nothing
    if (!(DIRECTIVES as readonly string[]).includes(m[1])) continue;
    const line = lines.lineNumberAt(m.index!);
    const scope = parseScope(m[2]);
    switch (m[1] as Directive) {
      case 'disable-next-line':
        addLine(line + 1, scope);
        break;
      case 'disable-line':
        addLine(line, scope);
        break;
      case 'disable':
        open.push({ from: line, scope });
        break;
      case 'enable': {
        // closes the latest matching block, or every open block when no rule is named
        for (let i = open.length - 1; i >= 0; i--) {
          const o = open[i];
          const same = scope === 'all' || (o.scope !== 'all' && [...scope].some((s) => (o.scope as Set<string>).has(s)));
          if (same) {
            blocks.push({ from: o.from, to: line, scope: o.scope });
            open.splice(i, 1);
            if (scope !== 'all') break;
          }
        }
      }
    }
  }
  for (const o of open) blocks.push({ from: o.from, to: Number.MAX_SAFE_INTEGER, scope: o.scope });
  return {
    suppresses(rule, offset) {
      const line = lines.lineNumberAt(offset);
      if (byLine.get(line)?.some((s) => covers(s, rule))) return true;
      return blocks.some((b) => line >= b.from && line <= b.to && covers(b.scope, rule));
    },
  };
}

/** The comment that suppresses `ruleId` on the line below, in the document's own syntax. */
export function suppressionComment(ruleId: string, languageId: string | undefined): string {
  return languageId === 'markdown' ? `<!-- etika-asn-disable-next-line ${ruleId} -->` : `[etika-asn-disable-next-line ${ruleId}]`;
}
