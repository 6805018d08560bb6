// Shared data types of the checking engine. Pure: no editor or LSP imports.

export const CATEGORIES = [
  'kode-etik',
  'kepentingan-pribadi',
  'profesionalisme',
  'hoaks',
  'data-pribadi',
  'kerahasiaan',
  'konflik-kepentingan',
  'netralitas',
  'kesantunan',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const SEVERITIES = ['error', 'warning', 'info', 'hint'] as const;

/** A rule id (`kategori/nama`) or, without the slash, a category name as written in settings and comments. */
export const RULE_ID_PATTERN = /^[a-z][a-z0-9-]*(?:\/[a-z0-9-]+)?$/;
export type Severity = (typeof SEVERITIES)[number];

/** 0-based line and UTF-16 character, as LSP counts them. */
export interface Position {
  line: number;
  character: number;
}
export interface Range {
  start: Position;
  end: Position;
}

export interface TextEdit {
  range: Range;
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** Safe fixes may be applied without review (CLI --fix, source.fixAll). */
  safe: boolean;
  /** The one clear fix for the finding. */
  preferred?: boolean;
  kind: FixKind;
}
export type FixKind = 'replace' | 'remove' | 'redact';

export interface Finding {
  ruleId: string;
  category: Category;
  severity: Severity;
  range: Range;
  /** Offsets into the checked text (UTF-16 code units), handy for adapters. */
  offset: { start: number; end: number };
  /** The text that was matched. */
  match: string;
  message: string;
  basis: string;
  fixes: Fix[];
}

/** How personal data is replaced by a redaction fix. */
export const REDACTION_STYLES = ['label', 'partial', 'initials'] as const;
export type RedactionStyle = (typeof REDACTION_STYLES)[number];
