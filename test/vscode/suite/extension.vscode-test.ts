// Inside VS Code: the extension activates on a .siaran file, underlines the problems,
// its quick fix edits the document, and the summary command runs.
import assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';

const NIK = '3273014506900002';

async function until<T>(what: string, probe: () => T | undefined | false, timeoutMs = 20000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'etika-asn');
}

export function extensionTests(): void {
  describe('Etika ASN in VS Code', () => {
    let doc: vscode.TextDocument;

    before(async () => {
      const folder = vscode.workspace.workspaceFolders![0].uri;
      doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder, 'rilis.siaran'));
      await vscode.window.showTextDocument(doc);
    });

    it('activates on a siaran-pers document', async () => {
      assert.equal(doc.languageId, 'siaran-pers');
      const ext = vscode.extensions.getExtension('etika-asn.etika-asn')!;
      await until('activation', () => ext.isActive);
    });

    it('shows diagnostics with the rule id and basis', async () => {
      const diagnostics = await until('diagnostics', () => (ours(doc.uri).length >= 2 ? ours(doc.uri) : undefined));
      const nik = diagnostics.find((d) => String(typeof d.code === 'object' ? d.code.value : d.code).startsWith('data-pribadi/'));
      assert.ok(nik, JSON.stringify(diagnostics));
      assert.equal(doc.getText(nik.range), NIK);
      assert.match(nik.message, /Dasar:/);
    });

    it('applies the redaction quick fix', async () => {
      const nik = ours(doc.uri).find((d) => doc.getText(d.range) === NIK)!;
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, nik.range, vscode.CodeActionKind.QuickFix.value);
      const redact = actions.find((a) => a.isPreferred && a.edit && a.title.startsWith('Samarkan'));
      assert.ok(redact, actions.map((a) => a.title).join(', '));
      assert.ok(await vscode.workspace.applyEdit(redact.edit!));
      assert.ok(!doc.getText().includes(NIK));
      assert.match(doc.lineAt(nik.range.start.line).text, /NIK \[NIK disamarkan\] sudah terdata/);
    });

    it('runs the compliance summary command', async () => {
      await vscode.commands.executeCommand('etikaAsn.showSummary');
      const tab = await until('the summary view', () =>
        vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview && /Ringkasan Kepatuhan/.test(t.label)),
      );
      assert.match(tab.label, new RegExp(path.basename(doc.fileName).replace('.', '\\.')));
    });
  });
}
