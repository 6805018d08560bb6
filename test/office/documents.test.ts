import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import {
  DocumentReadError,
  odtParagraphs,
  paragraphNumberAt,
  readDocument,
} from '../../server/src/node/documents';
import { buildDocx, buildOdt, paragraphText, SAMPLE_PARAGRAPHS } from '../../examples/office/make-samples';

describe('readDocument (.docx, .odt, plain text)', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'etika-docs-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const expected = SAMPLE_PARAGRAPHS.map(paragraphText);

  for (const [ext, build] of [
    ['.docx', buildDocx],
    ['.odt', buildOdt],
  ] as const) {
    it(`reads ${ext}: every paragraph, runs joined, offsets at paragraph starts`, async () => {
      const file = join(dir, `sample${ext}`);
      writeFileSync(file, build(SAMPLE_PARAGRAPHS));
      const doc = await readDocument(file);
      assert.deepEqual(doc.text.split('\n\n'), expected);
      assert.equal(doc.paragraphs?.length, expected.length);
      doc.paragraphs!.forEach((start, i) => assert.equal(doc.text.slice(start, start + expected[i].length), expected[i]));
      // "goblok" sits in a bold run of the fourth paragraph, after a non-BMP emoji
      const at = doc.text.indexOf('goblok');
      assert.equal(paragraphNumberAt(doc.paragraphs, at), 4);
    });
  }

  it('reads plain text as UTF-8 without a BOM (remembered for --fix) and without paragraph data', async () => {
    const file = join(dir, 'rilis.txt');
    writeFileSync(file, '\ufeffViralkan! Ini berita.\n');
    assert.deepEqual(await readDocument(file), { text: 'Viralkan! Ini berita.\n', encoding: 'utf-8-bom' });
  });

  it('gives a clear error, not a crash, for a broken .docx / .odt and for .doc', async () => {
    const broken = join(dir, 'rusak.docx');
    writeFileSync(broken, 'bukan zip');
    await assert.rejects(readDocument(broken), (e: unknown) => e instanceof DocumentReadError && /rusak\.docx/.test(e.message));
    const brokenOdt = join(dir, 'rusak.odt');
    writeFileSync(brokenOdt, 'bukan zip');
    await assert.rejects(readDocument(brokenOdt), /bukan dokumen \.odt yang sah/);
    const noContent = join(dir, 'kosong.odt');
    writeFileSync(noContent, zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.text') }));
    await assert.rejects(readDocument(noContent), /content\.xml tidak ada/);
    const doc = join(dir, 'lama.doc');
    writeFileSync(doc, 'x');
    await assert.rejects(readDocument(doc), /\.docx atau \.odt/);
    await assert.rejects(readDocument(join(dir, 'tidak-ada.txt')), /tidak dapat dibaca/);
  });

  it('ODF text: spaces, tabs, line breaks, entities; skips deleted changes, comments and notes', () => {
    const xml =
      '<office:document-content><office:body><office:text>' +
      '<text:tracked-changes><text:changed-region><text:deletion><text:p>DIHAPUS</text:p></text:deletion></text:changed-region></text:tracked-changes>' +
      '<text:h text:outline-level="1">Judul &amp; Sub&#x2014;judul</text:h>' +
      '<text:p>a<text:s text:c="3"/>b<text:tab/>c<text:line-break/>d<text:s/>e</text:p>' +
      '<text:p>Kalimat<text:note><text:note-citation>1</text:note-citation><text:note-body><text:p>catatan</text:p></text:note-body></text:note> lanjut' +
      '<office:annotation><text:p>komentar</text:p></office:annotation>.</text:p>' +
      '<text:p/>' +
      '<table:table><table:table-row><table:table-cell><text:p>sel &lt;1&gt;</text:p></table:table-cell></table:table-row></table:table>' +
      '</office:text></office:body></office:document-content>';
    assert.deepEqual(odtParagraphs(xml), ['Judul & Sub—judul', 'a   b\tc\nd e', 'Kalimat lanjut.', '', 'sel <1>']);
  });

  it('paragraphNumberAt finds the paragraph of an offset', () => {
    assert.equal(paragraphNumberAt(undefined, 3), undefined);
    assert.equal(paragraphNumberAt([0, 10, 25], 0), 1);
    assert.equal(paragraphNumberAt([0, 10, 25], 9), 1);
    assert.equal(paragraphNumberAt([0, 10, 25], 10), 2);
    assert.equal(paragraphNumberAt([0, 10, 25], 400), 3);
  });
});
