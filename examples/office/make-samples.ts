// Writes the sample press release as .docx and .odt (npx tsx examples/office/make-samples.ts).
// The files are built by hand so every run gives the same bytes and the text is tagged
// Indonesian (id-ID): Writer only asks the grammar checker of a paragraph's language.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync, type Zippable } from 'fflate';

/** A paragraph as runs; `bold` runs check that readers join runs back into one text. */
export type SampleParagraph = Array<string | { bold: string }>;

export const SAMPLE_PARAGRAPHS: SampleParagraph[] = [
  ['SIARAN PERS'],
  ['Nomor: B-112/HM.01/05/2025'],
  [
    'Bandung, 12 Mei 2025 – Dinas Komunikasi dan Informatika menggelar pelatihan literasi digital bagi 300 pegawai di aula kantor wali kota.',
  ],
  ['🙏 Dasar ', { bold: 'goblok' }, ', kerja begitu saja tidak becus.'],
  ['Info penting, viralkan sebelum dihapus!'],
  ['Pelapor atas nama Siti Aminah dengan NIK 3273015708900002 telah dimintai keterangan.'],
  ['Narahubung: Humas Diskominfo, humas@bandung.go.id'],
];

/** Text of a paragraph, runs joined. */
export function paragraphText(p: SampleParagraph): string {
  return p.map((r) => (typeof r === 'string' ? r : r.bold)).join('');
}

function xmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

// Fixed timestamps keep the archives byte-identical between runs.
const FIXED_MTIME = new Date('2025-05-12T00:00:00Z');

function zip(files: Array<[string, string, boolean?]>): Uint8Array {
  const entries: Zippable = {};
  for (const [name, body, stored] of files) {
    entries[name] = [strToU8(body), { level: stored ? 0 : 6, mtime: FIXED_MTIME }];
  }
  return zipSync(entries);
}

export function buildDocx(paragraphs: SampleParagraph[]): Uint8Array {
  const lang = '<w:lang w:val="id-ID" w:eastAsia="id-ID" w:bidi="ar-SA"/>';
  const run = (r: SampleParagraph[number]) => {
    const text = typeof r === 'string' ? r : r.bold;
    const bold = typeof r === 'string' ? '' : '<w:b/>';
    return `<w:r><w:rPr>${bold}${lang}</w:rPr><w:t xml:space="preserve">${xmlEscape(text)}</w:t></w:r>`;
  };
  const body = paragraphs.map((p) => `<w:p>${p.map(run).join('')}</w:p>`).join('');
  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  return zip([
    [
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
        '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>' +
        '</Types>',
    ],
    [
      '_rels/.rels',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
        '</Relationships>',
    ],
    [
      'word/_rels/document.xml.rels',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
        '</Relationships>',
    ],
    [
      'word/styles.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="${W}">` +
        `<w:docDefaults><w:rPrDefault><w:rPr>${lang}</w:rPr></w:rPrDefault></w:docDefaults></w:styles>`,
    ],
    [
      'word/document.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${body}` +
        '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>',
    ],
  ]);
}

export function buildOdt(paragraphs: SampleParagraph[]): Uint8Array {
  const ns =
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" ' +
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" ' +
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" ' +
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3"';
  const langProps = 'fo:language="id" fo:country="ID"';
  // Runs of spaces are written as <text:s text:c="N"/> as ODF requires.
  const odfText = (s: string) =>
    xmlEscape(s).replace(/ {2,}/g, (m) => ` <text:s text:c="${m.length - 1}"/>`);
  const run = (r: SampleParagraph[number]) =>
    typeof r === 'string' ? odfText(r) : `<text:span text:style-name="Tebal">${odfText(r.bold)}</text:span>`;
  const body = paragraphs.map((p) => `<text:p text:style-name="Standard">${p.map(run).join('')}</text:p>`).join('');
  return zip([
    ['mimetype', 'application/vnd.oasis.opendocument.text', true],
    [
      'META-INF/manifest.xml',
      '<?xml version="1.0" encoding="UTF-8"?>' +
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">' +
        '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>' +
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>' +
        '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>' +
        '</manifest:manifest>',
    ],
    [
      'styles.xml',
      `<?xml version="1.0" encoding="UTF-8"?><office:document-styles ${ns}><office:styles>` +
        `<style:default-style style:family="paragraph"><style:text-properties ${langProps}/></style:default-style>` +
        `<style:style style:name="Standard" style:family="paragraph"><style:text-properties ${langProps}/></style:style>` +
        '</office:styles></office:document-styles>',
    ],
    [
      'content.xml',
      `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${ns}><office:automatic-styles>` +
        `<style:style style:name="Tebal" style:family="text"><style:text-properties fo:font-weight="bold" ${langProps}/></style:style>` +
        `</office:automatic-styles><office:body><office:text>${body}</office:text></office:body></office:document-content>`,
    ],
  ]);
}

if (require.main === module) {
  const dir = __dirname;
  writeFileSync(join(dir, 'siaran-pers.docx'), buildDocx(SAMPLE_PARAGRAPHS));
  writeFileSync(join(dir, 'siaran-pers.odt'), buildOdt(SAMPLE_PARAGRAPHS));
  console.log(`Ditulis: ${join(dir, 'siaran-pers.docx')}, ${join(dir, 'siaran-pers.odt')}`);
}
