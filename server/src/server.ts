#!/usr/bin/env node
// etika-asn-ls: the language server. Reads top-down as the LSP lifecycle: initialize,
// documents, diagnostics, code actions, hover, commands, configuration and file changes.
// Transport: IPC when started by the VS Code client, `--stdio` (or --node-ipc/--socket) for other editors.
// lsp/settings.ts    settings + .etika-asn.yaml + rule folders -> a Linter per document (cached)
// lsp/diagnostics.ts the check loop (debounce, size/binary guards) and findings -> diagnostics
// lsp/incremental.ts re-checking only the edited lines of a long document
// lsp/codeActions.ts quick fixes, ignore-line, disable-in-workspace, fixAll, redact-all
// lsp/hover.ts, lsp/commands.ts (summary, redact-all, disable rule), lsp/watch.ts (file changes)
// shared/protocol.ts what client and server agree on: commands, settings, init options
import {
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  ProposedFeatures,
  ResponseError,
  StreamMessageReader,
  StreamMessageWriter,
  TextDocuments,
  TextDocumentSyncKind,
  CodeActionKind,
  type InitializeResult,
  type WorkspaceFolder,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { codeActions } from './lsp/codeActions';
import { CommandHandler, SERVER_COMMANDS, stopIfCancelled } from './lsp/commands';
import { Checker } from './lsp/diagnostics';
import { hover } from './lsp/hover';
import { ConfigManager } from './lsp/settings';
import { pathToUri, uriToPath } from './lsp/uri';
import { builtinRulesDir } from './node/ruleFiles';
import { FsWatchers, registerClientWatchers } from './lsp/watch';
import { version } from '../../package.json';
import { FIX_ALL_KIND, SETTINGS_SECTION, SOURCE, type InitializationOptions } from './shared/protocol';

if (process.argv.includes('--version')) {
  process.stdout.write(`${SOURCE}-ls ${version}\n`);
  process.exit(0);
}

/**
 * Over stdio a framing error (a bad Content-Length, a header ended by LF only) leaves the
 * stream unreadable: every later message would be lost. Say what happened and exit non-zero,
 * so that the client notices and restarts the server instead of waiting for answers forever.
 */
function stdioConnection() {
  const fatal = (why: string) => {
    process.stderr.write(`${SOURCE}-ls: pesan LSP rusak, server berhenti: ${why}\n`);
    process.exit(1);
  };
  const reader = new StreamMessageReader(process.stdin);
  reader.onError((e) => fatal(e.message.split('\n')[0]));
  // A header ended by LF alone is never complete for the reader, which would wait forever.
  // A JSON body cannot hold "Content-Length: 12" followed by a raw LF, so this is always a header.
  let tail = '';
  process.stdin.on('data', (chunk: Buffer) => {
    const seen = tail + chunk.toString('latin1');
    if (/Content-Length:[ \t]*\d+\n/i.test(seen)) fatal('header diakhiri LF saja; LSP mewajibkan CRLF');
    tail = seen.slice(-40);
  });
  return createConnection(ProposedFeatures.all, reader, new StreamMessageWriter(process.stdout));
}

const connection = process.argv.includes('--stdio') ? stdioConnection() : createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
/** After `shutdown`, requests are answered with InvalidRequest and notifications are ignored (LSP). */
let shutDown = false;

let configs!: ConfigManager;
let checker!: Checker;
let commands!: CommandHandler;
let clientWatches = false;
let clientWatchesOutside = false;
let clientHasFolders = false;
let fsWatchers: FsWatchers | undefined;
const watchedRuleFolders = new Set<string>();

/** Runs a handler; an exception is logged and answered with `fallback`, never crashes the server. */
function guarded<A extends unknown[], R>(name: string, fallback: R, handler: (...args: A) => R | Promise<R>, kind: 'request' | 'notification' = 'notification'): (...args: A) => Promise<R> {
  return async (...args: A) => {
    if (shutDown) {
      if (kind === 'request') throw new ResponseError(ErrorCodes.InvalidRequest, `${SOURCE}-ls sudah dimatikan (shutdown)`);
      return fallback;
    }
    try {
      return await handler(...args);
    } catch (e) {
      if (e instanceof ResponseError) throw e;
      connection.console.error(`${name} gagal: ${(e as Error)?.stack ?? e}`);
      return fallback;
    }
  };
}

function foldersOf(folders: WorkspaceFolder[] | null | undefined, rootUri: string | null | undefined): string[] {
  const uris = folders?.map((f) => f.uri) ?? (rootUri ? [rootUri] : []);
  return uris.map(uriToPath).filter((p): p is string => !!p);
}

/**
 * Rule folders outside the workspace (e.g. a shared folder in user settings) are not
 * covered by the client's workspace watcher: ask for a watcher on each, or watch it ourselves.
 */
function watchRuleFolders(): void {
  for (const dir of configs.ruleFoldersInUse) {
    if (watchedRuleFolders.has(dir) || dir === builtinRulesDir()) continue;
    watchedRuleFolders.add(dir);
    if (clientWatches && configs.folderOf(dir)) continue;
    if (clientWatchesOutside) {
      void connection.client
        .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: { baseUri: pathToUri(dir), pattern: '**/*.{yaml,yml}' } }] })
        .catch(() => undefined);
    } else {
      fsWatchers ??= new FsWatchers(() => reloadAll('all'));
      fsWatchers.watch([dir]);
    }
  }
}

/** Settings, `.etika-asn.yaml` or rule files changed: drop caches and check every open document again. */
function reloadAll(files?: string[] | 'all'): void {
  configs.invalidate({ files });
  checker.checkAll();
}

connection.onInitialize((params): InitializeResult => {
  const init = (params.initializationOptions ?? {}) as InitializationOptions;
  const caps = params.capabilities;
  clientWatches = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
  clientWatchesOutside = clientWatches && !!caps.workspace?.didChangeWatchedFiles?.relativePatternSupport;
  clientHasFolders = !!caps.workspace?.workspaceFolders;
  configs = new ConfigManager(connection, {
    pullSettings: !!caps.workspace?.configuration,
    workspaceTrusted: init.workspaceTrusted !== false,
  });
  configs.setWorkspaceFolders(foldersOf(params.workspaceFolders, params.rootUri));
  const debounce = typeof init.debounceMs === 'number' && init.debounceMs >= 0 ? init.debounceMs : 'adaptive';
  checker = new Checker(connection, documents, configs, debounce);
  commands = new CommandHandler(connection, documents, checker, configs);
  checker.onChecked = watchRuleFolders;
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: false },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND, `${CodeActionKind.Source}.redactAll.${SOURCE}`] },
      hoverProvider: true,
      executeCommandProvider: { commands: SERVER_COMMANDS },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: `${SOURCE}-ls` },
  };
});

connection.onInitialized(
  guarded('initialized', undefined, async () => {
    await connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION }).catch(() => undefined);
    if (clientWatches) await registerClientWatchers(connection).catch(() => undefined);
    else {
      fsWatchers ??= new FsWatchers(() => reloadAll('all'));
      fsWatchers.watch(configs.workspaceFolders, false);
    }
    // vscode-languageserver throws if the client never announced workspace folders (LibreOffice, plain clients)
    if (clientHasFolders) {
      connection.workspace.onDidChangeWorkspaceFolders(
        guarded('workspaceFolders', undefined, async () => {
          const folders = await connection.workspace.getWorkspaceFolders();
          configs.setWorkspaceFolders(foldersOf(folders, undefined));
          checker.checkAll();
        }),
      );
    }
  }),
);

// fires on open as well as on every change
documents.onDidChangeContent((e) => !shutDown && checker.schedule(e.document));
documents.onDidClose((e) => !shutDown && checker.close(e.document.uri));

connection.onCodeAction(
  guarded(
    'codeAction',
    [],
    async (params, token) => {
      const doc = documents.get(params.textDocument.uri);
      const result = doc && (await checker.current(doc.uri));
      await stopIfCancelled(token);
      return doc && result ? codeActions(doc, result, params) : [];
    },
    'request',
  ),
);

connection.onHover(
  guarded(
    'hover',
    null,
    async (params, token) => {
      const result = await checker.current(params.textDocument.uri);
      await stopIfCancelled(token);
      return result ? hover(result, params.position) : null;
    },
    'request',
  ),
);

connection.onExecuteCommand(guarded('executeCommand', null as unknown, (params, token) => commands.execute(params.command, params.arguments ?? [], token), 'request'));

connection.onDidChangeConfiguration(
  guarded('configuration', undefined, (params) => {
    const pushed = (params.settings as Record<string, unknown> | null)?.[SETTINGS_SECTION];
    if (pushed !== undefined) configs.setPushedSettings(pushed);
    reloadAll();
  }),
);

connection.onDidChangeWatchedFiles(
  guarded('watchedFiles', undefined, (params) => {
    // the client watches every YAML file; only ours matter
    const ours = params.changes.map((c) => uriToPath(c.uri)).filter((f): f is string => !!f && configs.isRelevant(f));
    if (ours.length > 0) reloadAll(ours);
  }),
);

connection.onShutdown(() => {
  shutDown = true;
  checker?.dispose();
  fsWatchers?.dispose();
});

process.on('uncaughtException', (e) => connection.console.error(`Galat tak tertangani: ${e.stack ?? e}`));
process.on('unhandledRejection', (e) => connection.console.error(`Galat tak tertangani: ${(e as Error)?.stack ?? e}`));

documents.listen(connection);
connection.listen();
