// Which linter applies to a document: editor settings (workspace/configuration) merged
// with the nearest `.etika-asn.yaml`, over the built-in rules plus any extra rule folders.
// Everything is cached; `invalidate` drops the caches when settings or files change.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Connection } from 'vscode-languageserver/node';
import { CONFIG_FILE_NAME, Linter, normalizeSettings, parseRegistry, type ParsedConfig, type Problem, type ProjectConfig, type Rule } from '../engine';
import { configFromText, findConfigFile, planProject, unknownRuleIds } from '../node/project';
import { formatProblem, loadRuleDirs } from '../node/ruleFiles';
import { DEFAULT_SETTINGS, SETTINGS_SECTION, type RuleSetting, type Settings } from '../shared/protocol';
import { isInside, uriToPath } from './uri';

/** What a document is checked with. */
export interface DocumentConfig {
  settings: Settings;
  linter: Linter;
  rulesById: Map<string, Rule>;
  /** Workspace folder holding the document, if any. */
  folder?: string;
  /** The `.etika-asn.yaml` that applies, if any. */
  configFile?: string;
  /** Rule settings after merging the file and the editor's (id or category → off | on | severity). */
  ruleSettings: Record<string, RuleSetting>;
}

export interface ConfigOptions {
  /** The client answers workspace/configuration (else settings come from didChangeConfiguration). */
  pullSettings: boolean;
  /** False: rule folders named by the workspace's `.etika-asn.yaml` are not loaded. */
  workspaceTrusted: boolean;
}

export class ConfigManager {
  private folders: string[] = [];
  private pushedSettings: Settings = DEFAULT_SETTINGS;
  private readonly settingsCache = new Map<string, Promise<Settings>>();
  private readonly configFileCache = new Map<string, ParsedConfig | null>();
  /** Per rule folder, so a change in one folder does not reload the others (the built-in rules take a while). */
  private readonly rulesByDir = new Map<string, { rules: Rule[]; problems: Problem[] }>();
  private readonly linterCache = new Map<string, { linter: Linter; rulesById: Map<string, Rule> }>();
  /** Problems already shown (by message, with the file or folder they came from), so each is reported once. */
  private readonly reported = new Map<string, string>();
  /** Every rule folder in use, for file watching. */
  readonly ruleFoldersInUse = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly options: ConfigOptions,
  ) {}

  setWorkspaceFolders(folders: string[]): void {
    // deepest first, so a nested folder wins
    this.folders = [...folders].sort((a, b) => b.length - a.length);
    this.invalidate({ files: 'all' });
  }

  /** Settings sent with didChangeConfiguration, for clients without workspace/configuration. */
  setPushedSettings(raw: unknown): void {
    this.pushedSettings = normalizeSettings(raw);
  }

  /**
   * Drops cached settings; with `files`, also what was read from those files (a config file,
   * or the rule folders holding a rule file), whose problems are then reported again.
   */
  invalidate(what: { files?: string[] | 'all' } = {}): void {
    this.settingsCache.clear();
    this.linterCache.clear();
    const files = what.files;
    if (!files) return;
    const stale = (source: string) => files === 'all' || files.some((f) => f === source || isInside(source, f));
    for (const file of [...this.configFileCache.keys()]) if (stale(file)) this.configFileCache.delete(file);
    for (const dir of [...this.rulesByDir.keys()]) if (stale(dir)) this.rulesByDir.delete(dir);
    for (const [key, source] of [...this.reported]) if (stale(source)) this.reported.delete(key);
  }

  /** Whether a changed file is one the checks depend on: a config file, or a file under a rule folder in use. */
  isRelevant(file: string): boolean {
    return path.basename(file) === CONFIG_FILE_NAME || [...this.ruleFoldersInUse].some((d) => isInside(d, file));
  }

  get workspaceFolders(): readonly string[] {
    return this.folders;
  }

  folderOf(file: string | undefined): string | undefined {
    if (!file) return this.folders.length === 1 ? this.folders[0] : undefined;
    return this.folders.find((f) => isInside(f, file));
  }

  async forDocument(uri: string): Promise<DocumentConfig> {
    const file = uriToPath(uri);
    const folder = this.folderOf(file);
    const settings = await this.settingsFor(uri, folder);
    const configFile = this.findConfigFile(file ? path.dirname(file) : folder);
    const parsed = configFile ? this.readConfigFile(configFile) : undefined;

    // editor settings apply over the file, as in the CLI (and ESLint's rule customizations);
    // etikaAsn.pemilihan is checked like the file's section, its problems shown once
    const fromSettings = settings.pemilihan === undefined ? undefined : parseRegistry(settings.pemilihan, 'etikaAsn.pemilihan');
    if (fromSettings?.problems.length) {
      this.reportProblems(fromSettings.problems.map((p) => ({ file: 'etikaAsn.pemilihan', message: `${p.key}: ${p.message}` })), 'settings', 'pengaturan');
    }
    const plan = planProject(parsed ?? undefined, {
      rules: settings.rules,
      allow: settings.allow,
      redaction: settings.redaction,
      pemilihan: fromSettings?.registry,
      ruleFolders: settings.ruleFolders.map((dir) => (folder && !path.isAbsolute(dir) ? path.join(folder, dir) : dir)),
    }, this.options.workspaceTrusted);
    if (plan.skippedFolders.length) {
      this.reportOnce(`untrusted:${configFile}`, configFile!, `Etika ASN: ruang kerja belum dipercaya, jadi folder aturan dari ${configFile} tidak dimuat.`, 'info');
    }
    const loaded = this.loadRules(plan.ruleDirs);
    // a typo in a rule id, reported as the CLI does (once per file, through reportOnce)
    if (configFile && parsed) {
      const unknown = unknownRuleIds(configFile, parsed, loaded.rules);
      if (unknown.length) this.reportProblems(unknown, configFile, 'konfigurasi');
    }

    const key = JSON.stringify([plan.ruleDirs, plan.config.rules, plan.config.allow, plan.config.redaction, plan.config.pemilihan]);
    let entry = this.linterCache.get(key);
    if (!entry) {
      entry = { linter: new Linter(loaded.rules, plan.config), rulesById: new Map(loaded.rules.map((r) => [r.id, r])) };
      this.linterCache.set(key, entry);
    }
    return { settings, linter: entry.linter, rulesById: entry.rulesById, folder, configFile, ruleSettings: plan.config.rules ?? {} };
  }

  private settingsFor(uri: string, folder: string | undefined): Promise<Settings> {
    if (!this.options.pullSettings) return Promise.resolve(this.pushedSettings);
    const key = folder ?? '';
    let cached = this.settingsCache.get(key);
    if (!cached) {
      cached = this.connection.workspace
        .getConfiguration({ scopeUri: folder ? uri : undefined, section: SETTINGS_SECTION })
        .then(normalizeSettings, () => DEFAULT_SETTINGS);
      this.settingsCache.set(key, cached);
    }
    return cached;
  }

  /** The nearest `.etika-asn.yaml` from `dir` upwards, found the same way as the CLI does. */
  private findConfigFile(dir: string | undefined): string | undefined {
    return dir ? findConfigFile(dir, (file) => this.readConfigFile(file) !== null) : undefined;
  }

  /** null when there is no such file. */
  private readConfigFile(file: string): ParsedConfig | null {
    if (this.configFileCache.has(file)) return this.configFileCache.get(file)!;
    let result: ParsedConfig | null = null;
    let text: string | undefined;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT' && (e as NodeJS.ErrnoException).code !== 'ENOTDIR') {
        result = { config: {}, problems: [{ file, message: `tidak dapat dibaca: ${(e as Error).message}` }] };
      }
    }
    if (text !== undefined) result = configFromText(file, text);
    this.configFileCache.set(file, result);
    if (result?.problems.length) this.reportProblems(result.problems, file, 'konfigurasi');
    return result;
  }

  /** Rules of every folder, in order; a later rule with the same id replaces an earlier one. */
  private loadRules(dirs: string[]): { rules: Rule[]; problems: Problem[] } {
    const byId = new Map<string, Rule>();
    const problems: Problem[] = [];
    for (const dir of dirs) {
      let loaded = this.rulesByDir.get(dir);
      if (!loaded) {
        loaded = loadRuleDirs([dir]);
        this.rulesByDir.set(dir, loaded);
        this.ruleFoldersInUse.add(dir);
        if (loaded.problems.length) this.reportProblems(loaded.problems, dir, 'aturan');
      }
      for (const rule of loaded.rules) byId.set(rule.id, rule);
      problems.push(...loaded.problems);
    }
    return { rules: [...byId.values()], problems };
  }

  private reportProblems(problems: Problem[], source: string, what: string): void {
    const lines = problems.map(formatProblem);
    const shown = lines.slice(0, 3).join('; ') + (lines.length > 3 ? `; dan ${lines.length - 3} masalah lain` : '');
    this.reportOnce(lines.join('\n'), source, `Etika ASN: berkas ${what} bermasalah — ${shown}. Bagian lain tetap diperiksa.`, 'error');
    for (const line of lines) this.connection.console.error(line);
  }

  private reportOnce(key: string, source: string, message: string, level: 'error' | 'info'): void {
    if (this.reported.has(key)) return;
    this.reported.set(key, source);
    if (level === 'error') void this.connection.window.showErrorMessage(message);
    else void this.connection.window.showInformationMessage(message);
  }
}
