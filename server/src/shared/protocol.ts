// Everything the VS Code client and the language server agree on, declared once.
// Imported by both sides: keep it free of `vscode` and of server-only modules.

/** Name of the server, the diagnostics' `source`, and the suffix of our code action kinds. */
export const SOURCE = 'etika-asn';

/** The settings section read through `workspace/configuration`. */
export const SETTINGS_SECTION = 'etikaAsn';

// The `etikaAsn.*` settings are declared with the `.etika-asn.yaml` options in engine/options.ts.
export { DEFAULT_LANGUAGES, DEFAULT_SETTINGS, type RuleSetting, type Settings } from '../engine/options';

/** Sent by the client as `initializationOptions`. Other editors may send nothing. */
export interface InitializationOptions {
  /**
   * False in an untrusted VS Code workspace: the server then loads no rule folder named
   * by the workspace (its `.etika-asn.yaml`). Missing means trusted (other editors).
   */
  workspaceTrusted?: boolean;
  /**
   * Fixed milliseconds between the last edit and the check (0: check at once). Missing: adaptive,
   * see {@link adaptiveDebounceMs}.
   */
  debounceMs?: number;
}

/** The adaptive debounce never waits longer than this. */
export const MAX_DEBOUNCE_MS = 200;
const MIN_DEBOUNCE_MS = 10;

/**
 * The pause after an edit before checking, from what the last check of the document cost:
 * twice that (so checks take at most a third of the time while someone types), at least
 * 10 ms (keys typed in one burst become one check), at most 200 ms. A re-check of a long
 * press release costs ~15 ms, so squiggles follow ~45 ms after the last key instead of 200+.
 */
export function adaptiveDebounceMs(lastCheckMs: number | undefined): number {
  if (lastCheckMs === undefined) return MIN_DEBOUNCE_MS;
  return Math.round(Math.min(MAX_DEBOUNCE_MS, Math.max(MIN_DEBOUNCE_MS, 2 * lastCheckMs)));
}

/** Code action kind of "fix every safe problem", run on save by `editor.codeActionsOnSave`. */
export const FIX_ALL_KIND = `source.fixAll.${SOURCE}`;

/** Commands the server executes (`workspace/executeCommand`). */
export const Commands = {
  /** args: [uri: string] → {@link SummaryResult} */
  summary: 'etikaAsn.summary',
  /** args: [uri: string] → {@link RedactAllResult}; the server applies the edit via `workspace/applyEdit`. */
  redactAll: 'etikaAsn.redactAll',
  /** args: [uri: string, ruleId: string] → {@link DisableRuleResult}; writes `.etika-asn.yaml`. */
  disableRule: 'etikaAsn.disableRuleInWorkspace',
  /** args: [uri: string] → {@link RuleListEntry}[]: every rule and its state for that document. */
  listRules: 'etikaAsn.listRules',
} as const;

/** Client-side commands (palette); they are not sent to the server. */
export const ClientCommands = {
  showSummary: 'etikaAsn.showSummary',
  redactAll: 'etikaAsn.redactAllInDocument',
  restart: 'etikaAsn.restartServer',
  showOutput: 'etikaAsn.showOutput',
  listRules: 'etikaAsn.showRules',
  openGuide: 'etikaAsn.openGuide',
} as const;

export interface RuleListEntry {
  id: string;
  category: string;
  title: string;
  /** The rule's own severity. */
  severity: string;
  /** What applies to the document after `.etika-asn.yaml` and settings: off or a severity. */
  state: 'off' | 'error' | 'warning' | 'info' | 'hint';
}

export interface SummaryResult {
  uri: string;
  /** The summary rendered as Markdown: what the CLI's `summary` prints. */
  markdown: string;
  /** The same summary as HTML, for a webview. */
  html: string;
  /** The summary as data (the engine's ComplianceSummary, parsed from its JSON rendering). */
  json: unknown;
}

export interface RedactAllResult {
  /** How many pieces of personal data were redacted. */
  redacted: number;
  applied: boolean;
}

export interface DisableRuleResult {
  /** The config file written. */
  file: string;
  ruleId: string;
}

/**
 * `Diagnostic.data` of every diagnostic the server publishes: the finding whole, so that code
 * actions and other clients (the Writer extension) need not parse the message or match ranges.
 * The message still ends with "(Dasar: …)" for clients that show only the message.
 */
export interface DiagnosticData {
  ruleId: string;
  category: string;
  title?: string;
  /** The regulation the finding rests on. */
  basis: string;
  /** The message without the basis. */
  message: string;
  /** The finding's fixes, as the engine made them (LSP text edits). */
  fixes: { title: string; safe: boolean; preferred?: boolean; kind: string; edits: { range: unknown; newText: string }[] }[];
  /** Document version the diagnostic was made for (fixes apply to that text). */
  version: number;
}
