// The compliance summary: verdict rule, checklist, masking and rendering.
import assert from 'node:assert/strict';
import { buildChecklist, buildSummary, decideVerdict, maskPersonal, renderSummary, REVISION_POINTS, type Finding, type Severity } from '../../server/src/engine';
import { shippedLinter } from '../helpers/rules';

function finding(severity: Severity, category: Finding['category'] = 'profesionalisme', match = 'gak'): Finding {
  return {
    ruleId: `${category}/uji`,
    category,
    severity,
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: match.length } },
    offset: { start: 0, end: match.length },
    match,
    message: 'pesan',
    basis: 'dasar',
    fixes: [],
  };
}

const COMPLETE =
  'Dinas Kesehatan Kota Bogor\nBogor, 25 November 2026\n\nMenurut data dinas, 1.250 warga telah divaksin.\n\nNarahubung: humas@dinkes.bogorkota.go.id\n';
const counts = (e: number, w: number, i: number, h: number) => ({ error: e, warning: w, info: i, hint: h });

describe('summary: verdict', () => {
  it('an error means TIDAK LAYAK TERBIT, a warning PERLU REVISI, whatever else', () => {
    const checklist = buildChecklist(COMPLETE, 0);
    assert.equal(decideVerdict(counts(1, 0, 0, 0), checklist).verdict, 'TIDAK LAYAK TERBIT');
    assert.equal(decideVerdict(counts(0, 1, 0, 0), checklist).verdict, 'PERLU REVISI');
    assert.equal(decideVerdict(counts(0, 0, 0, 0), checklist).verdict, 'LAYAK TERBIT');
  });

  it('many info findings need revising even without errors or warnings (the documented weights)', () => {
    const full = buildChecklist(COMPLETE, 0);
    assert.ok(full.every((c) => c.ok !== false), 'the complete press release meets every item');
    assert.equal(decideVerdict(counts(0, 0, REVISION_POINTS - 1, 0), full).verdict, 'LAYAK TERBIT');
    assert.equal(decideVerdict(counts(0, 0, REVISION_POINTS, 0), full).verdict, 'PERLU REVISI');
    assert.equal(decideVerdict(counts(0, 0, 0, 2 * REVISION_POINTS - 1), full).verdict, 'LAYAK TERBIT');
    assert.equal(decideVerdict(counts(0, 0, 0, 2 * REVISION_POINTS), full).verdict, 'PERLU REVISI');
  });

  it('unmet checklist items weigh in: a plain clean caption passes, two slang words without issuer/date/contact do not', () => {
    const caption = buildChecklist('Selamat pagi warga, layanan kami buka seperti biasa.', 0);
    assert.equal(caption.filter((c) => c.ok === false).length, 3);
    assert.equal(decideVerdict(counts(0, 0, 0, 0), caption).verdict, 'LAYAK TERBIT');
    assert.equal(decideVerdict(counts(0, 0, 1, 0), caption).verdict, 'LAYAK TERBIT');
    assert.equal(decideVerdict(counts(0, 0, 2, 0), caption).verdict, 'PERLU REVISI');
    assert.match(decideVerdict(counts(0, 0, 2, 0), caption).reason, /2 info, 3 butir daftar periksa belum terpenuhi/);
  });

  it('a caption full of slang, "wkwkwk", emoji and "Mampus dah!!!" is not LAYAK TERBIT (real rules)', () => {
    const text = 'Wkwkwk gokil bgt acara td 😂😂😂🤣🤣 seru parah sih, gak nyangka bakal serame ini!!! Mampus dah!!! 🔥🔥🔥\n';
    const summary = buildSummary(text, shippedLinter().lint(text, { languageId: 'plaintext' }));
    assert.notEqual(summary.verdict, 'LAYAK TERBIT', summary.verdictReason);
  });
});

describe('summary: checklist', () => {
  const item = (text: string, id: string) => buildChecklist(text, 0).find((c) => c.id === id)!;

  it('"instansi penerbit disebut" needs a named office, not the word "kantor" or "badan"', () => {
    assert.equal(item('Wkwk capek bgt di kantor, badan pegal semua.', 'penerbit').ok, false);
    assert.equal(item('Siaran pers Dinas Kesehatan Kota Bogor.', 'penerbit').ok, true);
    assert.equal(item('Data BPS menunjukkan kenaikan.', 'penerbit').ok, true);
    assert.equal(item('Pemkot Surabaya membuka pendaftaran.', 'penerbit').ok, true);
  });

  it('figures with a source are seen as figures with a source, not "no figures"', () => {
    for (const text of ['Menurut data BPS, angka kemiskinan turun menjadi 9,36.', 'Sebanyak 1.250 peserta hadir, kata Kepala Dinas.', 'Berdasarkan laporan, 35 sekolah rusak.']) {
      const atribusi = item(text, 'atribusi');
      assert.equal(atribusi.ok, true, `${text}: ${atribusi.note}`);
      assert.match(atribusi.note, /1 dari 1/);
    }
    assert.equal(item('Sebanyak 1.250 peserta hadir.', 'atribusi').ok, false);
  });

  it('dates, times, years, regulation numbers and phone numbers are not figures', () => {
    const text = 'Jakarta, 25 November 2026. Acara pukul 08.00 WIB sesuai UU 27/2022 Pasal 4, tahun 2026. Hubungi 0812-3456-7890.';
    assert.equal(item(text, 'atribusi').ok, null);
  });

  it('hoaks findings fail the verification item', () => {
    assert.equal(buildChecklist('x', 2).find((c) => c.id === 'verifikasi')!.ok, false);
  });
});

describe('summary: data and rendering', () => {
  it('masks personal data in findings unless asked, keeping length and separators', () => {
    assert.equal(maskPersonal('0812-3456-7890'), '****-****-****');
    const f = finding('error', 'data-pribadi', '3273010101900002');
    assert.equal(buildSummary('x', [f]).findings[0].match, '*'.repeat(16));
    assert.equal(buildSummary('x', [f], { showPersonalData: true }).findings[0].match, '3273010101900002');
    assert.equal(buildSummary('x', [finding('info')]).findings[0].match, 'gak', 'other findings keep their match');
  });

  it('counts by severity and category, and statistics', () => {
    const s = buildSummary('Satu dua.\n\nTiga empat lima!\n', [finding('info'), finding('warning', 'hoaks')]);
    assert.deepEqual(s.counts.bySeverity, counts(0, 1, 1, 0));
    assert.equal(s.counts.byCategory.hoaks, 1);
    assert.equal(s.counts.byCategory.profesionalisme, 1);
    assert.deepEqual(s.stats, { characters: 28, words: 5, sentences: 2, paragraphs: 2, lines: 4 });
  });

  it('renders the same summary as Markdown, escaped HTML and JSON', () => {
    const s = buildSummary('<b>x</b>', [{ ...finding('error'), message: 'a <script> b' }], { file: 'r.txt' });
    assert.match(renderSummary(s, 'md'), /^# Ringkasan Kepatuhan Etika ASN: r\.txt/);
    assert.match(renderSummary(s, 'md'), /\*\*Putusan: TIDAK LAYAK TERBIT\*\*/);
    const html = renderSummary(s, 'html');
    assert.ok(html.includes('a &lt;script&gt; b') && !html.includes('<script>'));
    assert.deepEqual(JSON.parse(renderSummary(s, 'json')), JSON.parse(JSON.stringify(s)));
  });
});
