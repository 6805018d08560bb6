import type { RedactionStyle } from '../types';

/** A stretch of text a validator's candidate pattern found. Offsets are UTF-16 code units. */
export interface Candidate {
  text: string;
  start: number;
  end: number;
  /** Capture groups of the candidate pattern, if any. */
  groups: (string | undefined)[];
}

/** What a validator accepts: the exact range to report (may be narrower than the candidate). */
export interface ValidatorHit {
  start: number;
  end: number;
  /** Overrides the rule's `{label}` placeholder, e.g. "nomor HP" vs "nomor telepon". */
  label?: string;
}

/**
 * A named check implemented in code, referenced from a rule file as `match.validator`.
 * The engine runs `candidates` once per document (shared by every rule naming this
 * validator) and asks `validate` about each hit.
 */
export interface Validator {
  name: string;
  /** Human label used in messages and redaction, e.g. "NIK". */
  label: string;
  /** Must have the `g` flag. Must be linear-time (no nested quantifiers). */
  candidates: RegExp;
  /**
   * Set when every candidate is a number inside a digit run (digit-runs.ts): the engine then
   * tries `candidates` only in runs with at least this many digits and characters (the
   * fewest a match of `candidates` can have).
   */
  digitRun?: { minDigits: number; minLength: number };
  /** `text` is the whole checked text (Markdown code and URLs blanked out). */
  validate(candidate: Candidate, text: string): ValidatorHit | null;
  /** The replacement for a hit's text under a redaction style. */
  redact(hitText: string, style: RedactionStyle): string;
}
