// Code actions for findings: the rule's own fixes, ignore-on-this-line, disable-in-workspace,
// fix-all-safe (`source.fixAll.etika-asn`) and redact-all-personal-data.
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type TextEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { LineIndex, suppressionComment, type Finding } from '../engine';
import { Commands, FIX_ALL_KIND, SOURCE, type DiagnosticData } from '../shared/protocol';
import type { CheckResult } from './diagnostics';

const REDACT_ALL_KIND = `${CodeActionKind.Source}.redactAll.${SOURCE}`;

function sameRange(a: Diagnostic['range'], b: Finding['range']): boolean {
  return (
    a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character
  );
}

/**
 * The finding behind a diagnostic: from its `data` when the client kept it and it was made for
 * the text checked now; otherwise (clients without data support) matched by rule and range.
 */
function findingOf(diagnostic: Diagnostic, result: CheckResult): Finding | undefined {
  const data = diagnostic.data as Partial<DiagnosticData> | undefined;
  if (data && data.version === result.version && typeof data.ruleId === 'string' && Array.isArray(data.fixes)) {
    return {
      ruleId: data.ruleId,
      category: data.category as Finding['category'],
      severity: 'info',
      range: diagnostic.range,
      offset: { start: 0, end: 0 },
      match: '',
      message: data.message ?? '',
      basis: data.basis ?? '',
      fixes: data.fixes as Finding['fixes'],
    };
  }
  return result.findings.find((f) => f.ruleId === diagnostic.code && sameRange(diagnostic.range, f.range));
}

/**
 * Edits that can be applied together: sorted, none overlapping (a later overlapping edit
 * is dropped, two overlapping deletions merge), the same choice `applyEdits` makes.
 */
export function nonOverlapping(text: string, edits: readonly TextEdit[]): TextEdit[] {
  const lines = new LineIndex(text);
  const offsets = edits
    .map((e) => ({ start: lines.offsetAt(e.range.start), end: lines.offsetAt(e.range.end), newText: e.newText }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const kept: typeof offsets = [];
  for (const e of offsets) {
    const prev = kept[kept.length - 1];
    if (prev && e.start < prev.end) {
      if (prev.newText === '' && e.newText === '') prev.end = Math.max(prev.end, e.end);
      continue;
    }
    kept.push({ ...e });
  }
  return kept.map((e) => ({ range: lines.range(e.start, e.end), newText: e.newText }));
}

/** The preferred (or first) fix of every finding that has a safe one. */
export function safeFixEdits(findings: readonly Finding[]): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const f of findings) {
    const fix = f.fixes.find((x) => x.preferred) ?? f.fixes[0];
    if (fix?.safe) edits.push(...fix.edits);
  }
  return edits;
}

/** The redaction edits of every personal-data finding. */
export function redactionEdits(findings: readonly Finding[]): { edits: TextEdit[]; count: number } {
  const edits: TextEdit[] = [];
  let count = 0;
  for (const f of findings) {
    if (f.category !== 'data-pribadi') continue;
    const fix = f.fixes.find((x) => x.kind === 'redact');
    if (!fix) continue;
    edits.push(...fix.edits);
    count++;
  }
  return { edits, count };
}

/** The text inserted above `line` to suppress `ruleId` there, keeping the line's indentation. */
function ignoreLineEdit(doc: TextDocument, line: number, ruleId: string, languageId: string): TextEdit {
  const lineText = doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
  const indent = /^[ \t]*/.exec(lineText)![0];
  const eol = doc.getText().includes('\r\n') ? '\r\n' : '\n';
  return { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}${suppressionComment(ruleId, languageId)}${eol}` };
}

/** Whether an action of `kind` was asked for (`only` filters by kind prefix, as LSP defines). */
function wanted(kind: string, only: string[] | undefined): boolean {
  return !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
}

export function codeActions(doc: TextDocument, result: CheckResult, params: CodeActionParams): CodeAction[] {
  const only = params.context.only;
  const uri = doc.uri;
  const actions: CodeAction[] = [];
  const text = doc.getText();
  const edit = (edits: TextEdit[]) => ({ changes: { [uri]: edits } });

  if (wanted(CodeActionKind.QuickFix, only)) {
    const ownDiagnostics = params.context.diagnostics.filter((d) => d.source === SOURCE);
    const ignoredLines = new Set<string>();
    const disabled = new Set<string>();
    const perDiagnostic: CodeAction[] = [];
    for (const diagnostic of ownDiagnostics) {
      const finding = findingOf(diagnostic, result);
      if (!finding) continue;
      for (const fix of finding.fixes) {
        perDiagnostic.push({
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: fix.preferred === true,
          edit: edit(fix.edits),
        });
      }
      const line = finding.range.start.line;
      if (!ignoredLines.has(`${finding.ruleId}:${line}`)) {
        ignoredLines.add(`${finding.ruleId}:${line}`);
        perDiagnostic.push({
          title: `Abaikan ${finding.ruleId} di baris ini`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          edit: edit([ignoreLineEdit(doc, line, finding.ruleId, result.languageId)]),
        });
      }
      if (!disabled.has(finding.ruleId)) {
        disabled.add(finding.ruleId);
        perDiagnostic.push({
          title: `Nonaktifkan ${finding.ruleId} di ruang kerja (.etika-asn.yaml)`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          command: { title: 'Nonaktifkan aturan', command: Commands.disableRule, arguments: [uri, finding.ruleId] },
        });
      }
    }
    actions.push(...perDiagnostic);

    if (ownDiagnostics.length > 0) {
      const safe = nonOverlapping(text, safeFixEdits(result.findings));
      if (safe.length > 1) {
        actions.push({ title: `Perbaiki semua masalah yang aman diperbaiki (${safe.length})`, kind: CodeActionKind.QuickFix, edit: edit(safe) });
      }
      if (ownDiagnostics.some((d) => typeof d.code === 'string' && d.code.startsWith('data-pribadi/'))) {
        const redact = redactionEdits(result.findings);
        if (redact.count > 1) {
          actions.push({ title: `Samarkan semua data pribadi di dokumen ini (${redact.count})`, kind: CodeActionKind.QuickFix, edit: edit(nonOverlapping(text, redact.edits)) });
        }
      }
    }
  }

  // source actions only when asked for by kind (on save, or "Source Action…")
  if (only && wanted(FIX_ALL_KIND, only)) {
    const safe = nonOverlapping(text, safeFixEdits(result.findings));
    if (safe.length > 0) actions.push({ title: 'Etika ASN: perbaiki semua masalah yang aman', kind: FIX_ALL_KIND, edit: edit(safe) });
  }
  if (only && wanted(REDACT_ALL_KIND, only)) {
    const redact = redactionEdits(result.findings);
    if (redact.count > 0) actions.push({ title: 'Etika ASN: samarkan semua data pribadi', kind: REDACT_ALL_KIND, edit: edit(nonOverlapping(text, redact.edits)) });
  }
  return actions;
}
