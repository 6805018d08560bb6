// Status bar item for the active document: "Etika ASN: 3 masalah" or "✓ layak terbit".
// Counted from our diagnostics, with the same verdict rule as the summary (errors, then warnings).
import * as vscode from 'vscode';
import { SOURCE } from '../../server/src/shared/protocol';

export class StatusItem implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('etikaAsn.status', vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    command: string,
    private readonly languages: () => string[],
  ) {
    this.item.name = 'Etika ASN';
    this.item.command = command;
    this.subscriptions.push(
      vscode.languages.onDidChangeDiagnostics(() => this.update()),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
    );
    this.update();
  }

  update(): void {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || !this.languages().includes(doc.languageId)) {
      this.item.hide();
      return;
    }
    const ours = vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === SOURCE);
    const errors = ours.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length;
    const warnings = ours.filter((d) => d.severity === vscode.DiagnosticSeverity.Warning).length;
    if (errors + warnings === 0) {
      this.item.text = vscode.l10n.t('Etika ASN: ✓ layak terbit');
      this.item.backgroundColor = undefined;
    } else {
      this.item.text = `$(${errors > 0 ? 'error' : 'warning'}) ${vscode.l10n.t('Etika ASN: {0} masalah', ours.length)}`;
      this.item.backgroundColor = errors > 0 ? new vscode.ThemeColor('statusBarItem.errorBackground') : new vscode.ThemeColor('statusBarItem.warningBackground');
    }
    this.item.tooltip = vscode.l10n.t('{0} galat, {1} peringatan, {2} catatan. Klik untuk ringkasan kepatuhan.', errors, warnings, ours.length - errors - warnings);
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
