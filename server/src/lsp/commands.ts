// workspace/executeCommand: the compliance summary, redact-all, and disable-rule-in-workspace.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ResponseError, ErrorCodes, LSPErrorCodes, type CancellationToken, type Connection, type TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { yaml } from '../engine/yaml';
import { buildSummary, CONFIG_FILE_NAME, renderSummary, RULE_ID_PATTERN } from '../engine';
import { Commands, type DisableRuleResult, type RedactAllResult, type RuleListEntry, type SummaryResult } from '../shared/protocol';
import { documentFixEdits } from './codeActions';
import { checkedPart, type Checker } from './diagnostics';
import type { ConfigManager } from './settings';
import { uriToPath } from './uri';

export const SERVER_COMMANDS = Object.values(Commands);

/**
 * Lets `$/cancelRequest` be read (it waits for the event loop) and ends the request if it
 * came: a summary of a long document is built in stages, and a cancelled one is not sent.
 */
export async function stopIfCancelled(token: CancellationToken | undefined): Promise<void> {
  if (!token) return;
  await new Promise((resolve) => setImmediate(resolve));
  if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'dibatalkan');
}

function fail(message: string): never {
  throw new ResponseError(ErrorCodes.InvalidParams, message);
}

export class CommandHandler {
  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly checker: Checker,
    private readonly configs: ConfigManager,
  ) {}

  async execute(command: string, args: unknown[], token?: CancellationToken): Promise<unknown> {
    switch (command) {
      case Commands.summary:
        return this.summary(this.uriArg(args), token);
      case Commands.redactAll:
        return this.redactAll(this.uriArg(args));
      case Commands.listRules:
        return this.listRules(this.uriArg(args));
      case Commands.disableRule: {
        const ruleId = args[1];
        if (typeof ruleId !== 'string' || !RULE_ID_PATTERN.test(ruleId)) fail('id aturan tidak valid');
        return this.disableRule(this.uriArg(args), ruleId);
      }
      default:
        fail(`perintah tidak dikenal: ${command}`);
    }
  }

  private uriArg(args: unknown[]): string {
    const uri = args[0];
    if (typeof uri !== 'string') fail('argumen pertama harus URI dokumen');
    if (!this.documents.get(uri)) fail(`dokumen tidak terbuka: ${uri}`);
    return uri;
  }

  async summary(uri: string, token?: CancellationToken): Promise<SummaryResult> {
    const doc = this.documents.get(uri)!;
    await stopIfCancelled(token);
    const result = await this.checker.current(uri);
    await stopIfCancelled(token);
    // an unchecked document must not get a "layak terbit" verdict
    if (!result) fail('dokumen ini tidak diperiksa: Etika ASN dimatikan, bahasanya tidak termasuk etikaAsn.languages, atau isinya tampak biner');
    const file = uriToPath(uri);
    const folder = this.configs.folderOf(file);
    const shownName = file ? (folder ? path.relative(folder, file) : file) : uri;
    const summary = buildSummary(checkedPart(doc.getText()).text, result.findings, { file: shownName });
    await stopIfCancelled(token);
    const markdown = renderSummary(summary, 'md');
    await stopIfCancelled(token);
    const html = renderSummary(summary, 'html');
    await stopIfCancelled(token);
    return { uri, markdown, html, json: summary };
  }

  async redactAll(uri: string): Promise<RedactAllResult> {
    const doc = this.documents.get(uri)!;
    const result = await this.checker.current(uri);
    const { edits, count } = result ? documentFixEdits(doc.getText(), result, 'redact') : { edits: [], count: 0 };
    if (count === 0) {
      void this.connection.window.showInformationMessage('Etika ASN: tidak ada data pribadi yang perlu disamarkan di dokumen ini.');
      return { redacted: 0, applied: false };
    }
    const applied = await this.connection.workspace.applyEdit({
      label: 'Samarkan semua data pribadi',
      edit: { documentChanges: [{ textDocument: { uri, version: doc.version }, edits }] },
    });
    return { redacted: count, applied: applied.applied };
  }

  /** Every rule with the state that applies to the document (for the rule list in the editor). */
  async listRules(uri: string): Promise<RuleListEntry[]> {
    const config = await this.configs.forDocument(uri);
    return [...config.rulesById.values()].map((r) => {
      const setting = config.ruleSettings[r.id] ?? config.ruleSettings[r.category];
      return { id: r.id, category: r.category, title: r.title, severity: r.severity, state: !setting || setting === 'on' ? r.severity : setting };
    });
  }

  /** Sets `rules: {<id>: off}` in the `.etika-asn.yaml` that applies (or a new one in the workspace folder), keeping its comments. */
  async disableRule(uri: string, ruleId: string): Promise<DisableRuleResult> {
    const config = await this.configs.forDocument(uri);
    const docPath = uriToPath(uri);
    const dir = config.folder ?? (docPath ? path.dirname(docPath) : undefined);
    const file = config.configFile ?? (dir ? path.join(dir, CONFIG_FILE_NAME) : fail('dokumen belum disimpan dan tidak ada folder ruang kerja'));
    let text = '';
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') fail(`${file} tidak dapat dibaca: ${(e as Error).message}`);
    }
    const doc = yaml().parseDocument(text);
    if (doc.errors.length > 0) fail(`${file} tidak dapat diubah karena YAML-nya tidak valid: ${doc.errors[0].message.split('\n')[0]}`);
    doc.setIn(['rules', ruleId], 'off');
    fs.writeFileSync(file, String(doc));
    this.configs.invalidate({ files: [file] });
    this.checker.checkAll();
    return { file, ruleId };
  }
}
