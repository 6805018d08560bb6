// Reads the files the CLI checks: word-processor documents become plain text plus the
// start offset of each paragraph, so findings can be reported by paragraph number.
import { constants, open } from 'node:fs/promises';
import { extname } from 'node:path';
import type * as Fflate from 'fflate';
import { MAX_INPUT_BYTES, MAX_UNZIPPED_BYTES, megabytes } from '../shared/input';

/** How a plain-text file was encoded, when not plain UTF-8 without BOM (written back the same way by --fix). */
export type TextEncoding = 'utf-8-bom' | 'utf-16le' | 'utf-16be';

export interface DocumentText {
  /** Extracted text; paragraphs of .docx/.odt are separated by a blank line. */
  text: string;
  /** UTF-16 start offset of each paragraph in `text` (only for word-processor files). */
  paragraphs?: number[];
  /** Set when the file had a BOM (the BOM itself is not part of `text`). */
  encoding?: TextEncoding;
  /** Set when the bytes were not valid UTF-8: `text` then holds U+FFFD in their place. */
  invalid?: true;
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
  const data = await readRegularFile(file);
  if (ext === '.docx') return docxText(data, file);
  if (ext === '.odt') return odtText(data, file);
  return decodeText(data);
}

/**
 * The bytes of a regular file of at most MAX_INPUT_BYTES. FIFOs, devices and sockets are
 * refused before they are read (`check /dev/zero` would never end), and so is a file that
 * grows past the limit while it is read.
 */
async function readRegularFile(file: string): Promise<Buffer> {
  let handle;
  try {
    // O_NONBLOCK: opening a FIFO must not wait for a writer (the fstat below then refuses it)
    handle = await open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (err) {
    throw new DocumentReadError(`Berkas ${file} tidak dapat dibaca: ${(err as Error).message}`);
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw new DocumentReadError(`${file} bukan berkas biasa (mis. FIFO atau perangkat), jadi tidak dibaca.`);
    if (stat.size > MAX_INPUT_BYTES) throw tooBig(file, stat.size);
    const buffer = Buffer.alloc(MAX_INPUT_BYTES + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > MAX_INPUT_BYTES) throw tooBig(file, length);
    }
    return buffer.subarray(0, length);
  } catch (err) {
    if (err instanceof DocumentReadError) throw err;
    throw new DocumentReadError(`Berkas ${file} tidak dapat dibaca: ${(err as Error).message}`);
  } finally {
    await handle.close();
  }
}

function tooBig(file: string, size: number): DocumentReadError {
  return new DocumentReadError(`Berkas ${file} terlalu besar (${megabytes(size)}); batasnya ${megabytes(MAX_INPUT_BYTES)}. Periksa per bagian.`);
}

/** Text of a plain-text file: UTF-8, or UTF-8/UTF-16 with a BOM (the BOM is remembered, not kept in the text). */
export function decodeText(data: Uint8Array): DocumentText {
  if (data[0] === 0xff && data[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(data.subarray(2)), encoding: 'utf-16le' };
  if (data[0] === 0xfe && data[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(data.subarray(2)), encoding: 'utf-16be' };
  const bom = data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf;
  const bytes = bom ? data.subarray(3) : data;
  const doc: DocumentText = { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) };
  if (bom) doc.encoding = 'utf-8-bom';
  try {
    new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    doc.invalid = true;
  }
  return doc;
}

/** The bytes to write back for `text` read with `encoding`. */
export function encodeText(text: string, encoding: TextEncoding | undefined): Buffer {
  if (encoding === 'utf-16le') return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  if (encoding === 'utf-16be') return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
  return Buffer.from(encoding === 'utf-8-bom' ? `\ufeff${text}` : text, 'utf8');
}

/**
 * The entries of a zip whose name passes `wanted`, decompressed in small steps so that a
 * zip bomb stops at MAX_UNZIPPED_BYTES (counted over every entry) instead of filling memory.
 */
export function unzipCapped(data: Uint8Array, file: string, wanted: (name: string) => boolean): Map<string, Uint8Array> {
  // loaded here: at load, fflate builds its tables and starts worker_threads, which a text check never needs
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Unzip, UnzipInflate, UnzipPassThrough } = require('fflate') as typeof Fflate;
  const out = new Map<string, Uint8Array[]>();
  let total = 0;
  const unzip = new Unzip((entry) => {
    const chunks: Uint8Array[] = [];
    const keep = wanted(entry.name);
    if (keep) out.set(entry.name, chunks);
    entry.ondata = (err, chunk) => {
      if (err) throw err;
      total += chunk.length;
      if (total > MAX_UNZIPPED_BYTES) {
        throw new DocumentReadError(`Berkas ${file} mengembang lebih dari ${megabytes(MAX_UNZIPPED_BYTES)} saat dibuka (bom zip?), jadi tidak diperiksa.`);
      }
      if (keep) chunks.push(chunk);
    };
    entry.start();
  });
  unzip.register(UnzipInflate);
  unzip.register(UnzipPassThrough);
  const STEP = 4096; // at most ~4 MB of output per step, the deflate ratio being ~1000:1
  for (let i = 0; i < data.length; i += STEP) unzip.push(data.subarray(i, i + STEP), i + STEP >= data.length);
  if (data.length === 0) unzip.push(data, true);
  return new Map([...out].map(([name, chunks]) => [name, concatBytes(chunks)]));
}

/** Buffer.concat without Buffer: the web checker runs this reader in the browser. */
function concatBytes(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
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
  return new TextDecoder('utf-8').decode(data); // strips a BOM
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
    // mammoth unzips everything without a limit: measure the expansion first
    unzipCapped(data, file, () => false);
    raw = (await mammoth.extractRawText({ buffer: data })).value;
  } catch (err) {
    if (err instanceof DocumentReadError) throw err;
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
    content = unzipCapped(data, file, (name) => name === 'content.xml').get('content.xml');
  } catch (err) {
    if (err instanceof DocumentReadError) throw err;
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
