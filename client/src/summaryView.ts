// The compliance summary in a webview, with buttons to save it as Markdown or HTML.
import * as vscode from 'vscode';
import type { SummaryResult } from '../../server/src/shared/protocol';

let panel: vscode.WebviewPanel | undefined;
let shown: SummaryResult | undefined;

function nonce(): string {
  let out = '';
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  for (let i = 0; i < 32; i++) out += chars.charAt(Math.floor(Math.random() * chars.length));
  return out;
}

/** The engine's HTML page, locked down (no remote content) and with a small toolbar. */
function page(summary: SummaryResult, webview: vscode.Webview): string {
  const n = nonce();
  const csp = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${webview.cspSource} 'unsafe-inline'; script-src 'nonce-${n}';">`;
  const style = `<style>body{color:var(--vscode-foreground);background:var(--vscode-editor-background)}.verdict,.sev{color:#1e1e1e}td{border-color:var(--vscode-panel-border)}
.toolbar{position:sticky;top:0;padding:.5em 0;background:var(--vscode-editor-background)}button{color:var(--vscode-button-foreground);background:var(--vscode-button-background);border:none;padding:.3em .8em;margin-right:.4em;cursor:pointer}</style>`;
  const toolbar = `<div class="toolbar"><button data-format="md">Simpan sebagai Markdown</button><button data-format="html">Simpan sebagai HTML</button></div>
<script nonce="${n}">const vscode=acquireVsCodeApi();for(const b of document.querySelectorAll('button[data-format]'))b.addEventListener('click',()=>vscode.postMessage({save:b.dataset.format}));</script>`;
  return summary.html.replace('<head>', `<head>${csp}`).replace('</head>', `${style}</head>`).replace(/<body>/, `<body>${toolbar}`);
}

async function save(format: 'md' | 'html'): Promise<void> {
  if (!shown) return;
  const source = vscode.Uri.parse(shown.uri);
  const base = source.path.replace(/\.[^./]*$/, '') || '/ringkasan';
  const target = await vscode.window.showSaveDialog({
    defaultUri: source.with({ path: `${base}.ringkasan-kepatuhan.${format}` }),
    filters: format === 'md' ? { Markdown: ['md'] } : { HTML: ['html'] },
    saveLabel: 'Simpan ringkasan',
  });
  if (!target) return;
  await vscode.workspace.fs.writeFile(target, Buffer.from(format === 'md' ? shown.markdown : shown.html, 'utf8'));
  void vscode.window.showInformationMessage(`Ringkasan kepatuhan disimpan: ${vscode.workspace.asRelativePath(target)}`);
}

export function showSummary(summary: SummaryResult, title: string): void {
  shown = summary;
  if (!panel) {
    panel = vscode.window.createWebviewPanel('etikaAsn.summary', title, vscode.ViewColumn.Beside, { enableScripts: true, localResourceRoots: [] });
    panel.onDidDispose(() => (panel = undefined));
    panel.webview.onDidReceiveMessage((m: { save?: 'md' | 'html' }) => {
      if (m.save === 'md' || m.save === 'html') void save(m.save);
    });
  }
  panel.title = title;
  panel.webview.html = page(summary, panel.webview);
  panel.reveal(vscode.ViewColumn.Beside, true);
}
