// The VS Code side: starts the language server (dist/server.js over IPC), and adds the
// palette commands and the status bar item. Checking itself happens in the server.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { ExecuteCommandRequest, LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import {
  ClientCommands,
  Commands,
  DEFAULT_LANGUAGES,
  SETTINGS_SECTION,
  SOURCE,
  type InitializationOptions,
  type RedactAllResult,
  type RuleListEntry,
  type SummaryResult,
} from '../../server/src/shared/protocol';
import layout from '../../server/src/shared/layout.json';
import { StatusItem } from './statusBar';
import { showSummary } from './summaryView';

let client: LanguageClient | undefined;
let output: vscode.LogOutputChannel;
let status: StatusItem;

function languages(): readonly string[] {
  return vscode.workspace.getConfiguration(SETTINGS_SECTION).get<string[]>('languages') ?? DEFAULT_LANGUAGES;
}

function createClient(context: vscode.ExtensionContext): LanguageClient {
  const module = context.asAbsolutePath(path.join(layout.dist, layout.server));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: languages().flatMap((language) => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
    ]),
    // a function, so a restart after the workspace is trusted sends the new state
    initializationOptions: (): InitializationOptions => ({ workspaceTrusted: vscode.workspace.isTrusted }),
    outputChannel: output,
    diagnosticCollectionName: SOURCE,
    middleware: {
      // every publish, an empty one too, ends "memeriksa…" for that document
      handleDiagnostics: (uri, diagnostics, next) => {
        next(uri, diagnostics);
        status.published(uri.toString());
      },
    },
  };
  // the id makes the client read `etikaAsn.trace.server`
  return new LanguageClient('etikaAsn', 'Etika ASN', serverOptions, clientOptions);
}

async function restart(context: vscode.ExtensionContext): Promise<void> {
  if (client) {
    await client.stop().catch(() => undefined);
    await client.dispose().catch(() => undefined);
  }
  status.reset();
  client = createClient(context);
  await client.start();
}

function activeDocument(): vscode.TextDocument | undefined {
  const doc = vscode.window.activeTextEditor?.document;
  if (!doc) void vscode.window.showWarningMessage(vscode.l10n.t('Etika ASN: buka dokumen yang ingin diperiksa terlebih dahulu.'));
  return doc;
}

function serverCommand<T>(command: string, args: unknown[]): Promise<T> {
  if (!client) throw new Error('Etika ASN: server belum berjalan.');
  return client.sendRequest(ExecuteCommandRequest.type, { command, arguments: args }) as Promise<T>;
}

/** "Etika ASN: Daftar aturan": every rule with its category and state; picking one switches it off (or on again) in `etikaAsn.rules`. */
async function showRules(): Promise<void> {
  const doc = activeDocument();
  if (!doc) return;
  let rules: RuleListEntry[];
  try {
    rules = await serverCommand<RuleListEntry[]>(Commands.listRules, [doc.uri.toString()]);
  } catch (e) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Etika ASN: daftar aturan tidak dapat dimuat: {0}', (e as Error).message));
    return;
  }
  type Item = vscode.QuickPickItem & { rule: RuleListEntry };
  const items: Item[] = rules
    .sort((a, b) => a.category.localeCompare(b.category) || a.id.localeCompare(b.id))
    .map((rule) => ({
      rule,
      label: `${rule.state === 'off' ? '$(circle-slash)' : '$(check)'} ${rule.id}`,
      description: `${rule.category} · ${rule.state === 'off' ? vscode.l10n.t('mati') : rule.state}`,
      detail: rule.title,
    }));
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Etika ASN: Daftar aturan'),
    placeHolder: vscode.l10n.t('Pilih aturan untuk mematikan atau menyalakannya kembali'),
    matchOnDescription: true,
    matchOnDetail: true,
  });
  if (!picked) return;
  const config = vscode.workspace.getConfiguration(SETTINGS_SECTION, doc.uri);
  const current = { ...(config.get<Record<string, string>>('rules') ?? {}) };
  if (picked.rule.state === 'off') current[picked.rule.id] = 'on';
  else current[picked.rule.id] = 'off';
  const target = vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  await config.update('rules', current, target);
  void vscode.window.showInformationMessage(
    picked.rule.state === 'off' ? vscode.l10n.t('Etika ASN: {0} dinyalakan.', picked.rule.id) : vscode.l10n.t('Etika ASN: {0} dimatikan.', picked.rule.id),
  );
}

/**
 * A rule's documentation link (in the hover and the Problems panel) opens the shipped page as
 * text; show it rendered instead: the Markdown preview replaces the text tab.
 */
function renderRuleDocs(context: vscode.ExtensionContext): vscode.Disposable {
  const docsDir = vscode.Uri.joinPath(context.extensionUri, 'docs').toString() + '/';
  return vscode.window.tabGroups.onDidChangeTabs(async (e) => {
    for (const tab of e.opened) {
      if (!(tab.input instanceof vscode.TabInputText) || !tab.input.uri.toString().startsWith(docsDir)) continue;
      await vscode.commands.executeCommand('markdown.showPreview', tab.input.uri);
      await vscode.window.tabGroups.close(tab).then(undefined, () => undefined);
    }
  });
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  output = vscode.window.createOutputChannel('Etika ASN', { log: true });
  status = new StatusItem(ClientCommands.showSummary, languages);
  context.subscriptions.push(output, status, renderRuleDocs(context));

  context.subscriptions.push(
    vscode.commands.registerCommand(ClientCommands.showSummary, async () => {
      const doc = activeDocument();
      if (!doc) return;
      try {
        const summary = await serverCommand<SummaryResult>(Commands.summary, [doc.uri.toString()]);
        showSummary(summary, vscode.l10n.t('Ringkasan Kepatuhan: {0}', path.basename(doc.fileName)));
      } catch (e) {
        void vscode.window.showErrorMessage(vscode.l10n.t('Etika ASN: ringkasan gagal dibuat: {0}', (e as Error).message));
      }
    }),
    vscode.commands.registerCommand(ClientCommands.redactAll, async () => {
      const doc = activeDocument();
      if (!doc) return;
      try {
        const result = await serverCommand<RedactAllResult>(Commands.redactAll, [doc.uri.toString()]);
        if (result.applied) void vscode.window.showInformationMessage(vscode.l10n.t('Etika ASN: {0} data pribadi disamarkan.', result.redacted));
      } catch (e) {
        void vscode.window.showErrorMessage(vscode.l10n.t('Etika ASN: data pribadi tidak dapat disamarkan: {0}', (e as Error).message));
      }
    }),
    vscode.commands.registerCommand(ClientCommands.restart, async () => {
      await restart(context);
      output.info('Server dimulai ulang.');
    }),
    vscode.commands.registerCommand(ClientCommands.showOutput, () => output.show(true)),
    vscode.commands.registerCommand(ClientCommands.listRules, () => showRules()),
    // the user guide, rendered (the walkthrough's last step opens it)
    vscode.commands.registerCommand(ClientCommands.openGuide, (page?: string) =>
      vscode.commands.executeCommand('markdown.showPreview', vscode.Uri.joinPath(context.extensionUri, 'docs', 'panduan', page ?? 'README.md')),
    ),
    vscode.workspace.onDidGrantWorkspaceTrust(() => restart(context)),
    vscode.workspace.onDidChangeConfiguration((e) => {
      // the document selector is fixed when the client starts
      if (e.affectsConfiguration(`${SETTINGS_SECTION}.languages`)) void restart(context);
      status.update();
    }),
  );

  await restart(context);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
