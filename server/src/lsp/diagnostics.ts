// Findings -> LSP diagnostics, and the per-document check loop: debounce, size limits,
// stale-result dropping, and a cache of the last findings for code actions and hover.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DiagnosticSeverity, type Connection, type Diagnostic, type TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Rule, Severity } from '../engine';
import { looksBinary, MAX_CHECKED_CHARS, megabytes } from '../shared/input';
import { adaptiveDebounceMs, SOURCE, type DiagnosticData } from '../shared/protocol';
import { relint, type LintSnapshot } from './incremental';
import type { ConfigManager, DocumentConfig } from './settings';
import { isInside, pathToUri, uriToPath } from './uri';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** Generated rule pages ship beside dist/ (extension) or sit in the repository's docs/. */
const DOCS_DIR = path.join(__dirname, '..', 'docs', 'rules');
/** The user guide (docs/panduan) ships the same way. */
const GUIDE_DIR = path.join(__dirname, '..', 'docs', 'panduan');

/** The rule pages and the guide quote what the rules catch: opening one must not fill it with squiggles. */
function isRuleDoc(uri: string): boolean {
  const file = uriToPath(uri);
  return !!file && (isInside(DOCS_DIR, file) || isInside(GUIDE_DIR, file));
}
const docLinks = new Map<string, string | undefined>();

/** The rule's generated page; for a rule without one (e.g. from an extra rule folder), its YAML file. */
export function ruleDocUri(ruleId: string, ruleFile: string | undefined): string | undefined {
  let page = docLinks.get(ruleId);
  if (page === undefined && !docLinks.has(ruleId)) {
    const file = path.join(DOCS_DIR, `${ruleId}.md`);
    page = fs.existsSync(file) ? pathToUri(file) : undefined;
    docLinks.set(ruleId, page);
  }
  return page ?? (ruleFile && path.isAbsolute(ruleFile) ? pathToUri(ruleFile) : undefined);
}

export function toDiagnostic(f: Finding, rule: Rule | undefined, version: number): Diagnostic {
  const href = ruleDocUri(f.ruleId, rule?.file);
  const data: DiagnosticData = { ruleId: f.ruleId, category: f.category, title: rule?.title, basis: f.basis, message: f.message, fixes: f.fixes, version };
  return {
    range: f.range,
    severity: SEVERITY[f.severity],
    code: f.ruleId,
    ...(href ? { codeDescription: { href } } : {}),
    source: SOURCE,
    message: f.basis ? `${f.message} (Dasar: ${f.basis})` : f.message,
    data,
  };
}

export interface CheckResult {
  uri: string;
  version: number;
  languageId: string;
  findings: Finding[];
  config: DocumentConfig;
  /** What the next check starts from. */
  snapshot: LintSnapshot;
}

/** The part of the text that is checked: all of it, or up to the last line break under the limit. */
export function checkedPart(text: string): { text: string; truncated: boolean } {
  if (text.length <= MAX_CHECKED_CHARS) return { text, truncated: false };
  const cut = text.lastIndexOf('\n', MAX_CHECKED_CHARS);
  return { text: text.slice(0, cut > 0 ? cut + 1 : MAX_CHECKED_CHARS), truncated: true };
}

export class Checker {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly results = new Map<string, CheckResult>();
  /** Documents already told about (too big, binary), so the message comes once. */
  private readonly warned = new Set<string>();
  /** Called after diagnostics are published, e.g. by the bench and tests through logs. */
  onChecked?: (result: CheckResult | undefined, uri: string) => void;

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly configs: ConfigManager,
    /** A fixed pause after an edit, or 'adaptive' (scaled to the last check's cost). */
    private readonly debounceMs: number | 'adaptive',
  ) {}

  /** What the last check of each document cost, in ms (for the adaptive debounce). */
  private readonly costs = new Map<string, number>();

  /** Checks after a pause in typing; a newer edit cancels the pending check. */
  schedule(doc: TextDocument): void {
    const pending = this.timers.get(doc.uri);
    if (pending) clearTimeout(pending);
    const delay = this.debounceMs === 'adaptive' ? adaptiveDebounceMs(this.costs.get(doc.uri)) : this.debounceMs;
    if (delay <= 0) {
      this.timers.delete(doc.uri);
      void this.check(doc.uri);
      return;
    }
    this.timers.set(
      doc.uri,
      setTimeout(() => {
        this.timers.delete(doc.uri);
        void this.check(doc.uri);
      }, delay),
    );
  }

  /** Re-checks every open document at once (settings, config or rules changed). */
  checkAll(): void {
    for (const doc of this.documents.all()) {
      const pending = this.timers.get(doc.uri);
      if (pending) clearTimeout(pending);
      this.timers.delete(doc.uri);
      void this.check(doc.uri);
    }
  }

  /** Stops pending checks (server shutdown). */
  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
  }

  close(uri: string): void {
    const pending = this.timers.get(uri);
    if (pending) clearTimeout(pending);
    this.timers.delete(uri);
    this.results.delete(uri);
    this.costs.delete(uri);
    this.warned.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /** The findings for the document as it is now, checking it first if the last result is stale. */
  async current(uri: string): Promise<CheckResult | undefined> {
    const doc = this.documents.get(uri);
    if (!doc) return undefined;
    const last = this.results.get(uri);
    if (last && last.version === doc.version) return last;
    return this.run(doc);
  }

  /** Checks and publishes, unless the document changed meanwhile (then the newer check publishes). */
  async check(uri: string): Promise<void> {
    const doc = this.documents.get(uri);
    if (!doc) return;
    let result: CheckResult | undefined;
    try {
      result = await this.run(doc);
    } catch (e) {
      this.connection.console.error(`Pemeriksaan ${uri} gagal: ${(e as Error).stack ?? e}`);
      result = undefined;
    }
    const now = this.documents.get(uri);
    if (!now || now.version !== doc.version) return;
    await this.connection.sendDiagnostics({ uri, version: doc.version, diagnostics: result ? result.findings.map((f) => toDiagnostic(f, result.config.rulesById.get(f.ruleId), doc.version)) : [] });
    this.onChecked?.(result, uri);
  }

  private async run(doc: TextDocument): Promise<CheckResult | undefined> {
    if (isRuleDoc(doc.uri)) return undefined;
    const config = await this.configs.forDocument(doc.uri);
    if (!config.settings.enable || !config.settings.languages.includes(doc.languageId)) {
      this.results.delete(doc.uri);
      return undefined;
    }
    const full = doc.getText();
    if (looksBinary(full)) {
      this.warnOnce(doc.uri, `Etika ASN: ${baseName(doc.uri)} tampak seperti berkas biner, jadi tidak diperiksa.`);
      return undefined;
    }
    const { text, truncated } = checkedPart(full);
    if (truncated) {
      this.warnOnce(
        doc.uri,
        `Etika ASN: ${baseName(doc.uri)} berukuran ${megabytes(full.length)}; hanya ${megabytes(MAX_CHECKED_CHARS)} pertama yang diperiksa.`,
      );
    }
    const started = performance.now();
    const snapshot = relint(this.results.get(doc.uri)?.snapshot, config.linter, text, doc.languageId);
    this.costs.set(doc.uri, performance.now() - started);
    const result: CheckResult = { uri: doc.uri, version: doc.version, languageId: doc.languageId, findings: snapshot.findings, config, snapshot };
    this.results.set(doc.uri, result);
    return result;
  }

  private warnOnce(uri: string, message: string): void {
    if (this.warned.has(uri)) return;
    this.warned.add(uri);
    void this.connection.window.showWarningMessage(message);
  }
}

function baseName(uri: string): string {
  return decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1)) || uri;
}
