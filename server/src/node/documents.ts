// Reads the files the CLI checks: word-processor documents become plain text plus the
// start offset of each paragraph, so findings can be reported by paragraph number.
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { unzipSync } from 'fflate';

export interface DocumentText {
  /** Extracted text; paragraphs of .docx/.odt are separated by a blank line. */
  text: string;
  /** UTF-16 start offset of each paragraph in `text` (only for word-processor files). */
  paragraphs?: number[];
}

/** Thrown for files that cannot be read as the format their name says. */
export class DocumentReadError extends Error {}

const PARAGRAPH_SEPARATOR = '\n\n';

export async function readDocument(file: string): Promise<DocumentText> {
  const ext = extname(file).toLowerCase();
  if (ext === '.doc' || ext === '.rtf') {
    throw new DocumentReadError(
      `Format ${ext} tidak didukung (${file}). Simpan ulang sebagai .docx atau .odt.`,
    );
  }
  let data: Buffer;
  try {
    data = await readFile(file);
  } catch (err) {
    throw new DocumentReadError(`Berkas ${file} tidak dapat dibaca: ${(err as Error).message}`);
  }
  if (ext === '.docx') return docxText(data, file);
  if (ext === '.odt') return odtText(data, file);
  return { text: decodeUtf8(data) };
}

/** 1-based number of the paragraph containing `offset`, or undefined without paragraph data. */
export function paragraphNumberAt(paragraphs: number[] | undefined, offset: number): number | undefined {
  if (!paragraphs || paragraphs.length === 0) return undefined;
  let lo = 0;
  let hi = paragraphs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (paragraphs[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

export function decodeUtf8(data: Uint8Array): string {
  const text = new TextDecoder('utf-8').decode(data);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function joinParagraphs(paragraphs: string[]): DocumentText {
  const starts: number[] = [];
  let offset = 0;
  for (const p of paragraphs) {
    starts.push(offset);
    offset += p.length + PARAGRAPH_SEPARATOR.length;
  }
  return { text: paragraphs.join(PARAGRAPH_SEPARATOR), paragraphs: starts };
}

async function docxText(data: Buffer, file: string): Promise<DocumentText> {
  // mammoth is loaded lazily: plain-text checks should not pay for it.
  const mammoth = await import('mammoth');
  let raw: string;
  try {
    raw = (await mammoth.extractRawText({ buffer: data })).value;
  } catch (err) {
    throw new DocumentReadError(`Berkas ${file} bukan dokumen .docx yang sah: ${(err as Error).message}`);
  }
  return docxRawText(raw);
}

/** The document from mammoth's raw text (shared with the browser build, which runs mammoth's own). */
export function docxRawText(raw: string): DocumentText {
  // mammoth ends every paragraph with "\n\n"; a line break inside one is a single "\n".
  const paragraphs = raw.replace(/\r\n?/g, '\n').split(PARAGRAPH_SEPARATOR);
  while (paragraphs.length > 0 && paragraphs[paragraphs.length - 1] === '') paragraphs.pop();
  return joinParagraphs(paragraphs);
}

export function odtText(data: Uint8Array, file: string): DocumentText {
  let content: Uint8Array | undefined;
  try {
    content = unzipSync(data, { filter: (f) => f.name === 'content.xml' })['content.xml'];
  } catch (err) {
    throw new DocumentReadError(`Berkas ${file} bukan dokumen .odt yang sah: ${(err as Error).message}`);
  }
  if (!content) throw new DocumentReadError(`Berkas ${file} bukan dokumen .odt yang sah: content.xml tidak ada.`);
  return joinParagraphs(odtParagraphs(decodeUtf8(content)));
}

// Elements whose content is not body text: deleted tracked changes, comments, footnote bodies.
const SKIPPED_ELEMENTS = new Set([
  'text:tracked-changes',
  'office:annotation',
  'text:note-body',
  'text:note-citation',
  'office:forms',
  'text:sequence-decls',
  'text:variable-decls',
  'text:user-field-decls',
  'office:font-face-decls',
  'office:automatic-styles',
]);

/** Paragraph texts of an ODF content.xml, in document order of their end tags. */
export function odtParagraphs(xml: string): string[] {
  const out: string[] = [];
  const open: string[][] = []; // text pieces of each paragraph currently open (frames nest them)
  let skipDepth = 0;
  const tagPattern = /<(\/?)([A-Za-z_][\w.:-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>|<!\[CDATA\[([\s\S]*?)\]\]>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!DOCTYPE[^>]*>/g;
  let last = 0;
  const addText = (s: string) => {
    if (skipDepth === 0 && open.length > 0 && s) open[open.length - 1].push(s);
  };
  for (let m = tagPattern.exec(xml); m; m = tagPattern.exec(xml)) {
    addText(decodeEntities(xml.slice(last, m.index)));
    last = tagPattern.lastIndex;
    if (m[5] !== undefined) {
      addText(m[5]);
      continue;
    }
    const [, closing, name, attrs, selfClosing] = m;
    if (!name) continue; // comment, processing instruction, doctype
    if (SKIPPED_ELEMENTS.has(name)) {
      if (closing) skipDepth = Math.max(0, skipDepth - 1);
      else if (!selfClosing) skipDepth++;
      continue;
    }
    if (skipDepth > 0) continue;
    if (name === 'text:p' || name === 'text:h') {
      if (closing) out.push((open.pop() ?? []).join(''));
      else if (selfClosing) out.push('');
      else open.push([]);
    } else if (name === 'text:s' && !closing) {
      const count = /\btext:c\s*=\s*["'](\d+)["']/.exec(attrs);
      addText(' '.repeat(count ? Math.min(Number(count[1]), 10_000) : 1));
    } else if (name === 'text:tab' && !closing) {
      addText('\t');
    } else if (name === 'text:line-break' && !closing) {
      addText('\n');
    }
  }
  if (xml.indexOf('<', last) === -1) addText(decodeEntities(xml.slice(last)));
  while (open.length > 0) out.push((open.pop() ?? []).join(''));
  return out;
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(s: string): string {
  if (s.indexOf('&') === -1) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[ref] ?? whole;
  });
}
