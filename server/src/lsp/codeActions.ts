// Code actions for findings: the rule's own fixes, ignore-on-this-line, disable-in-workspace,
// fix-all-safe (`source.fixAll.etika-asn`) and redact-all-personal-data.
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type TextEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { fixText, LineIndex, suppressionComment, type Finding, type FixSelection } from '../engine';
import { Commands, FIX_ALL_KIND, SOURCE, type DiagnosticData } from '../shared/protocol';
import type { CheckResult } from './diagnostics';

const REDACT_ALL_KIND = `${CodeActionKind.Source}.redactAll.${SOURCE}`;

function sameRange(a: Diagnostic['range'], b: Finding['range']): boolean {
  return (
    a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character
  );
}

const fixCache = new WeakMap<object, Map<string, { edits: TextEdit[]; count: number }>>();

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
 * The fix-all (`safe`) or redact-all (`redact`) edits for the document, from the engine's
 * one fixer (the same text CLI --fix gives); `count` is the number of fixes applied.
 */
export function documentFixEdits(text: string, result: CheckResult, select: FixSelection): { edits: TextEdit[]; count: number } {
  const snapshot = result.snapshot;
  const key = `${select}\0${text.length}`;
  const cached = snapshot.text === text ? fixCache.get(snapshot)?.get(key) : undefined;
  if (cached) return cached;
  const fixed = fixText(snapshot.linter, text, { languageId: result.languageId, select, findings: snapshot.text === text ? result.findings : undefined });
  const lines = new LineIndex(text);
  const out = { edits: fixed.edits.map((e) => ({ range: lines.range(e.start, e.end), newText: e.newText })), count: fixed.applied };
  if (snapshot.text === text) fixCache.set(snapshot, (fixCache.get(snapshot) ?? new Map()).set(key, out));
  return out;
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
      const safe = documentFixEdits(text, result, 'safe');
      if (safe.count > 1) {
        actions.push({ title: `Perbaiki semua masalah yang aman diperbaiki (${safe.count})`, kind: CodeActionKind.QuickFix, edit: edit(safe.edits) });
      }
      if (ownDiagnostics.some((d) => typeof d.code === 'string' && d.code.startsWith('data-pribadi/'))) {
        const redact = documentFixEdits(text, result, 'redact');
        if (redact.count > 1) {
          actions.push({ title: `Samarkan semua data pribadi di dokumen ini (${redact.count})`, kind: CodeActionKind.QuickFix, edit: edit(redact.edits) });
        }
      }
    }
  }

  // source actions only when asked for by kind (on save, or "Source Action…")
  if (only && wanted(FIX_ALL_KIND, only)) {
    const safe = documentFixEdits(text, result, 'safe');
    if (safe.edits.length > 0) actions.push({ title: 'Etika ASN: perbaiki semua masalah yang aman', kind: FIX_ALL_KIND, edit: edit(safe.edits) });
  }
  if (only && wanted(REDACT_ALL_KIND, only)) {
    const redact = documentFixEdits(text, result, 'redact');
    if (redact.count > 0) actions.push({ title: 'Etika ASN: samarkan semua data pribadi', kind: REDACT_ALL_KIND, edit: edit(redact.edits) });
  }
  return actions;
}
