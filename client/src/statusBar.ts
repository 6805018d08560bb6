// Status bar item for the active document: "Etika ASN: 3 masalah", "✓ layak terbit", or
// "memeriksa…" until the server's first result for that document. The verdict is the
// engine's (decideVerdict), from our diagnostics' severities and the document's checklist.
import * as vscode from 'vscode';
import { buildChecklist, decideVerdict } from '../../server/src/engine/summary';
import { SOURCE } from '../../server/src/shared/protocol';

const SEVERITY_OF = new Map([
  [vscode.DiagnosticSeverity.Error, 'error'],
  [vscode.DiagnosticSeverity.Warning, 'warning'],
  [vscode.DiagnosticSeverity.Information, 'info'],
  [vscode.DiagnosticSeverity.Hint, 'hint'],
] as const);

export class StatusItem implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('etikaAsn.status', vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[] = [];
  /** Documents the server has published a result for (since it last started). */
  private readonly checked = new Set<string>();

  constructor(
    command: string,
    private readonly languages: () => readonly string[],
  ) {
    this.item.name = 'Etika ASN';
    this.item.command = command;
    this.subscriptions.push(
      vscode.languages.onDidChangeDiagnostics(() => this.update()),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.workspace.onDidCloseTextDocument((d) => this.checked.delete(d.uri.toString())),
    );
    this.update();
  }

  /** The server published diagnostics for `uri` (an empty list too): a result exists. */
  published(uri: string): void {
    this.checked.add(uri);
    this.update();
  }

  /** The server (re)starts: nothing is checked yet. */
  reset(): void {
    this.checked.clear();
    this.update();
  }

  update(): void {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || !this.languages().includes(doc.languageId)) {
      this.item.hide();
      return;
    }
    this.item.show();
    if (!this.checked.has(doc.uri.toString())) {
      this.item.text = `$(sync~spin) ${vscode.l10n.t('Etika ASN: memeriksa…')}`;
      this.item.tooltip = vscode.l10n.t('Etika ASN sedang memeriksa dokumen ini.');
      this.item.backgroundColor = undefined;
      return;
    }
    const ours = vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === SOURCE);
    const counts = { error: 0, warning: 0, info: 0, hint: 0 };
    for (const d of ours) counts[SEVERITY_OF.get(d.severity) ?? 'hint']++;
    const hoaks = ours.filter((d) => String(typeof d.code === 'object' ? d.code.value : d.code).startsWith('hoaks/')).length;
    const { verdict, reason } = decideVerdict(counts, buildChecklist(doc.getText(), hoaks));
    if (verdict === 'LAYAK TERBIT') {
      this.item.text = ours.length === 0 ? vscode.l10n.t('Etika ASN: ✓ layak terbit') : `${vscode.l10n.t('Etika ASN: ✓ layak terbit')} (${ours.length})`;
      this.item.backgroundColor = undefined;
    } else {
      this.item.text = `$(${counts.error > 0 ? 'error' : 'warning'}) ${vscode.l10n.t('Etika ASN: {0} masalah', ours.length)}`;
      this.item.backgroundColor = new vscode.ThemeColor(counts.error > 0 ? 'statusBarItem.errorBackground' : 'statusBarItem.warningBackground');
    }
    this.item.tooltip = `${verdict}: ${reason}\n${vscode.l10n.t('{0} galat, {1} peringatan, {2} catatan. Klik untuk ringkasan kepatuhan.', counts.error, counts.warning, counts.info + counts.hint)}`;
  }

  dispose(): void {
    this.item.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
