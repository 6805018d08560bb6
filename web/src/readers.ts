// Reading opened files in the browser with the CLI's own readers (server/src/node/documents.ts):
// the same text, paragraph offsets and errors. .docx goes through mammoth's browser build,
// loaded from beside this script only when a .docx is opened. Global: EtikaAsnReaders.
import { decodeUtf8, docxRawText, DocumentReadError, odtText, type DocumentText } from '../../server/src/node/documents';

export const EXTENSIONS = ['.txt', '.md', '.markdown', '.siaran', '.rilis', '.docx', '.odt'];

const here = (document.currentScript as HTMLScriptElement | null)?.src ?? '';

function loadScript(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = new URL(name, here || document.baseURI).href;
    s.onload = () => resolve();
    s.onerror = () => reject(new DocumentReadError(`${name} tidak dapat dimuat`));
    document.head.append(s);
  });
}

interface Mammoth {
  extractRawText(input: { arrayBuffer: ArrayBuffer }): Promise<{ value: string }>;
}

async function mammoth(): Promise<Mammoth> {
  const g = globalThis as { mammoth?: Mammoth };
  if (!g.mammoth) await loadScript('mammoth.browser.min.js');
  if (!g.mammoth) throw new DocumentReadError('pembaca .docx tidak tersedia');
  return g.mammoth;
}

export function languageIdOf(name: string): string {
  const ext = extensionOf(name);
  if (ext === '.md' || ext === '.markdown') return 'markdown';
  if (ext === '.siaran' || ext === '.rilis') return 'siaran-pers';
  return 'plaintext';
}

function extensionOf(name: string): string {
  const m = /\.[^./\\]*$/.exec(name);
  return m ? m[0].toLowerCase() : '';
}

/** A file's text as the CLI would check it, with its language id. */
export async function readFile(file: { name: string; arrayBuffer(): Promise<ArrayBuffer> }): Promise<DocumentText & { languageId: string }> {
  const ext = extensionOf(file.name);
  if (ext === '.doc' || ext === '.rtf') throw new DocumentReadError(`Format ${ext} tidak didukung (${file.name}). Simpan ulang sebagai .docx atau .odt.`);
  const data = await file.arrayBuffer();
  const languageId = languageIdOf(file.name);
  if (ext === '.docx') {
    let raw: string;
    try {
      raw = (await (await mammoth()).extractRawText({ arrayBuffer: data })).value;
    } catch (err) {
      throw new DocumentReadError(`Berkas ${file.name} bukan dokumen .docx yang sah: ${(err as Error).message}`);
    }
    return { ...docxRawText(raw), languageId };
  }
  if (ext === '.odt') return { ...odtText(new Uint8Array(data), file.name), languageId };
  return { text: decodeUtf8(new Uint8Array(data)), languageId };
}
