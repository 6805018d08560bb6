// A minimal LSP client for tests and the bench: starts the built server (`node dist/server.js
// --stdio`), answers the requests the server makes of an editor, and records what it says.
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import layout from '../../server/src/shared/layout.json';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type {
  ApplyWorkspaceEditParams,
  CodeAction,
  Diagnostic,
  Hover,
  InitializeResult,
  PublishDiagnosticsParams,
  Range,
  ShowMessageParams,
  TextDocumentContentChangeEvent,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver-protocol';

export const SERVER_JS = path.join(__dirname, '..', '..', layout.dist, layout.server);

export function fileUri(file: string): string {
  return pathToFileURL(file).toString();
}

export interface StartOptions {
  /** Workspace folder (absolute path). */
  workspace?: string;
  /** What `workspace/configuration` answers for `etikaAsn`. */
  settings?: Record<string, unknown>;
  initializationOptions?: Record<string, unknown>;
  /** Answer for workspace/applyEdit. */
  applyEdits?: boolean;
  /** Whether the client offers to watch files for the server (default true). */
  watchFiles?: boolean;
  /** Extra node options for the server process, e.g. ['--cpu-prof'] (also from ETIKA_LS_NODE_ARGS). */
  nodeArgs?: string[];
}

type DiagnosticsWaiter = { uri: string; version?: number; resolve: (p: PublishDiagnosticsParams) => void };

export class TestClient {
  readonly messages: ShowMessageParams[] = [];
  readonly appliedEdits: ApplyWorkspaceEditParams[] = [];
  readonly logs: string[] = [];
  readonly registrations: unknown[] = [];
  /** Latest publishDiagnostics per URI. */
  readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  settings: Record<string, unknown>;
  initializeResult!: InitializeResult;
  private waiters: DiagnosticsWaiter[] = [];
  private versions = new Map<string, number>();
  private exited = false;

  private constructor(
    readonly process: ChildProcess,
    readonly connection: MessageConnection,
    options: StartOptions,
  ) {
    this.settings = options.settings ?? {};
    process.on('exit', () => (this.exited = true));
    connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) =>
      params.items.map((i) => (i.section === 'etikaAsn' ? this.settings : null)),
    );
    connection.onRequest('client/registerCapability', (params: { registrations: unknown[] }) => {
      this.registrations.push(...params.registrations);
      return null;
    });
    connection.onRequest('client/unregisterCapability', () => null);
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.onRequest('workspace/applyEdit', (params: ApplyWorkspaceEditParams) => {
      this.appliedEdits.push(params);
      return { applied: options.applyEdits !== false };
    });
    connection.onRequest('window/showMessageRequest', (params: ShowMessageParams) => {
      this.messages.push(params);
      return null;
    });
    connection.onNotification('window/showMessage', (params: ShowMessageParams) => {
      this.messages.push(params);
    });
    connection.onNotification('window/logMessage', (params: ShowMessageParams) => {
      this.logs.push(params.message);
    });
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.diagnostics.set(params.uri, params);
      const ready = this.waiters.filter((w) => w.uri === params.uri && (w.version === undefined || params.version === w.version));
      this.waiters = this.waiters.filter((w) => !ready.includes(w));
      for (const w of ready) w.resolve(params);
    });
  }

  static async start(options: StartOptions = {}): Promise<TestClient> {
    const nodeArgs = options.nodeArgs ?? (process.env.ETIKA_LS_NODE_ARGS?.split(' ').filter(Boolean) || []);
    const child = spawn(process.execPath, [...nodeArgs, SERVER_JS, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new TestClient(child, connection, options);
    child.stderr!.on('data', (d) => client.logs.push(String(d)));
    connection.listen();
    const folder = options.workspace;
    client.initializeResult = await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: folder ? fileUri(folder) : null,
      workspaceFolders: folder ? [{ uri: fileUri(folder), name: path.basename(folder) }] : null,
      capabilities: {
        workspace: {
          configuration: true,
          didChangeWatchedFiles: { dynamicRegistration: options.watchFiles !== false, relativePatternSupport: options.watchFiles !== false },
          applyEdit: true,
          workspaceFolders: true,
        },
        textDocument: { publishDiagnostics: { versionSupport: true }, codeAction: { isPreferredSupport: true } },
      },
      initializationOptions: options.initializationOptions ?? { debounceMs: 0 },
    });
    await connection.sendNotification('initialized', {});
    return client;
  }

  get alive(): boolean {
    return !this.exited && this.process.exitCode === null;
  }

  /** Resolves with the next publishDiagnostics for `uri` (at `version`, when given). */
  nextDiagnostics(uri: string, version?: number, timeoutMs = 5000): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} v${version} in ${timeoutMs} ms`)), timeoutMs);
      this.waiters.push({
        uri,
        version,
        resolve: (p) => {
          clearTimeout(timer);
          resolve(p);
        },
      });
    });
  }

  async open(uri: string, text: string, languageId = 'plaintext'): Promise<Diagnostic[]> {
    this.versions.set(uri, 1);
    const published = this.nextDiagnostics(uri, 1);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    return (await published).diagnostics;
  }

  /** Sends a change and returns the diagnostics published for the new version. */
  async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<Diagnostic[]> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    const published = this.nextDiagnostics(uri, version);
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
    return (await published).diagnostics;
  }

  async close(uri: string): Promise<Diagnostic[]> {
    this.versions.delete(uri);
    const published = this.nextDiagnostics(uri);
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    return (await published).diagnostics;
  }

  /** Closes every document this client opened. */
  async closeAll(): Promise<void> {
    for (const uri of [...this.versions.keys()]) await this.close(uri);
  }

  codeActions(uri: string, range: Range, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
    return this.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics, ...(only ? { only } : {}) } });
  }

  hover(uri: string, position: { line: number; character: number }): Promise<Hover | null> {
    return this.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position });
  }

  executeCommand<T = unknown>(command: string, args: unknown[]): Promise<T> {
    return this.connection.sendRequest('workspace/executeCommand', { command, arguments: args });
  }

  /** Replaces the settings and tells the server, as VS Code does. */
  async changeSettings(settings: Record<string, unknown>): Promise<void> {
    this.settings = settings;
    await this.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
  }

  async filesChanged(files: string[], type: 1 | 2 | 3 = 2): Promise<void> {
    await this.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: files.map((f) => ({ uri: fileUri(f), type })) });
  }

  async memoryOfServer(): Promise<number> {
    const { readFileSync } = await import('node:fs');
    const status = readFileSync(`/proc/${this.process.pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) * 1024;
  }

  async stop(): Promise<void> {
    if (!this.alive) return;
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 1000))]);
      await this.connection.sendNotification('exit');
    } catch {
      // already gone
    }
    this.connection.dispose();
    await new Promise((r) => setTimeout(r, 50));
    if (this.alive) this.process.kill('SIGKILL');
  }
}

/** The edits of a workspace edit for one document, whether given as `changes` or `documentChanges`. */
export function editsFor(edit: WorkspaceEdit | undefined, uri: string): TextEdit[] {
  if (!edit) return [];
  if (edit.changes?.[uri]) return edit.changes[uri];
  const out: TextEdit[] = [];
  for (const c of edit.documentChanges ?? []) {
    if ('textDocument' in c && c.textDocument.uri === uri) out.push(...(c.edits as TextEdit[]));
  }
  return out;
}
