// What counts as checkable text, decided once for the CLI and the language server.
// Free of node and vscode imports: the server applies it to editor text, the CLI to decoded files.

/** Characters looked at to decide whether a text is binary. */
const SAMPLE = 8000;

/**
 * Binary when more than 1 in 10 of the first 8000 characters are NUL, other control
 * characters than tab/line breaks/form feed, or U+FFFD (bytes that were not valid text).
 * A stray NUL in a press release is still text and still checked; 10 MB of NULs or random
 * bytes are not.
 */
export function looksBinary(text: string): boolean {
  const n = Math.min(text.length, SAMPLE);
  if (n === 0) return false;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f || c === 0xfffd) bad++;
  }
  return bad * 10 > n;
}

/** Documents larger than this are checked only up to here (at a line break) by the server. */
export const MAX_CHECKED_CHARS = 2 * 1024 * 1024;

/** Files the CLI reads at all: larger ones are refused with a message. */
export const MAX_INPUT_BYTES = 16 * 1024 * 1024;

/** What a .docx/.odt may expand to when unzipped: a zip bomb stops here. */
export const MAX_UNZIPPED_BYTES = 64 * 1024 * 1024;

export function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
