// Hover on a finding: which rule, why it matters, and the regulation it rests on.
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver/node';
import { CATEGORY_NAMES, type Finding } from '../engine';
import { ruleDocUri, type CheckResult } from './diagnostics';

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

/** Findings whose range holds `pos` (end inclusive, so hovering just after a word works). */
export function findingsAt(findings: readonly Finding[], pos: Position): Finding[] {
  return findings.filter((f) => !before(pos, f.range.start) && !before(f.range.end, pos));
}

export function hover(result: CheckResult, pos: Position): Hover | null {
  const here = findingsAt(result.findings, pos);
  if (here.length === 0) return null;
  const parts = here.map((f) => {
    const rule = result.config.rulesById.get(f.ruleId);
    // the message itself is the diagnostic's, which editors show beside the hover
    const lines = [`**${rule?.title ?? f.ruleId}** — \`${f.ruleId}\` (${CATEGORY_NAMES[f.category] ?? f.category})`];
    if (rule?.description) lines.push('', `**Mengapa:** ${rule.description}`);
    if (f.basis) lines.push('', `**Dasar:** ${f.basis}`);
    const href = ruleDocUri(f.ruleId, rule?.file);
    if (href) lines.push('', `[Dokumentasi aturan](${href})`);
    return lines.join('\n');
  });
  return { contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') }, range: here[0].range };
}
