// Unit tests of the personal-data validators (server/src/engine/validators).
import assert from 'node:assert/strict';
import { analyse } from 'scslre';
import { VALIDATORS } from '../../../server/src/engine/validators';
import { checkNik } from '../../../server/src/engine/validators/nik';
import { checkKk } from '../../../server/src/engine/validators/kk';
import { checkNip } from '../../../server/src/engine/validators/nip';
import { classifyPhone } from '../../../server/src/engine/validators/telepon';
import { regionLevel } from '../../../server/src/engine/validators/identity';
import { luhnValid } from '../../../server/src/engine/validators/context';
import { partialMask, initials } from '../../../server/src/engine/validators/redact';
import { hits } from '../../helpers/validators';

/** Hits of every validator, as "name:text". */
function allHits(text: string): string[] {
  return Object.keys(VALIDATORS).flatMap((n) => hits(n, text).map((h) => `${n}:${h}`));
}

const NIK_F = '3273014506900002'; // Sukasari, Bandung; woman born 5 June 1990
const NIK_M = '3578011203850017'; // Surabaya; man born 12 March 1985
const KK = '3173011403120007';
const NPWP_MASK = '07.123.456.1-409.000'; // Luhn(071234561) ok

describe('validators: registry and patterns', () => {
  it('registers every validator under its name', () => {
    for (const n of ['nik', 'kk', 'npwp', 'nip', 'bpjs', 'paspor', 'sim', 'telepon', 'email', 'rekening', 'alamat', 'identitas-anak-korban']) {
      assert.equal(VALIDATORS[n]?.name, n);
    }
  });
  it('candidate patterns have the g flag and no super-linear backtracking', () => {
    for (const v of Object.values(VALIDATORS)) {
      assert.ok(v.candidates.flags.includes('g'), v.name);
      const r = analyse({ source: v.candidates.source, flags: v.candidates.flags.replace(/[gy]/g, '') }, { maxReports: 1 });
      assert.equal(r.reports.length, 0, `${v.name}: ${r.reports[0]?.type}`);
    }
  });
  it('stays linear on adversarial input (long digit, word and @ runs): 4x the text, not 16x the time', () => {
    const adversarial = (k: number) => '1'.repeat(20_000 * k) + ' ' + 'a'.repeat(20_000 * k) + '@'.repeat(5_000 * k) + ' korban '.repeat(2_000 * k) + 'Jl. '.repeat(2_000 * k);
    // a ratio, not a wall-clock limit (the machine's speed is the bench's business); best of 3 against noise
    const best = (text: string) => {
      let min = Infinity;
      for (let i = 0; i < 3; i++) {
        const t0 = performance.now();
        allHits(text);
        min = Math.min(min, performance.now() - t0);
      }
      return min;
    };
    const small = best(adversarial(1));
    const large = best(adversarial(4));
    assert.ok(large / Math.max(small, 1) < 10, `1x ${small.toFixed(0)} ms, 4x ${large.toFixed(0)} ms`);
  });
});

describe('validators: NIK', () => {
  it('checks region, date (women +40) and serial', () => {
    assert.equal(checkNik(NIK_F), 'district');
    assert.equal(checkNik(NIK_M), 'district');
    assert.equal(checkNik('3273013206900002'), null, 'day 32');
    assert.equal(checkNik('3273017206900002'), null, 'day 72');
    assert.equal(checkNik('3273013102900002'), null, '31 February');
    assert.equal(checkNik('3273011513900002'), null, 'month 13');
    assert.equal(checkNik('3273014506900000'), null, 'serial 0000');
    assert.equal(checkNik('9973014506900002'), null, 'province 99');
    assert.equal(checkNik('3204011708760002'), 'regency', 'district no longer listed, regency known');
    assert.equal(checkNik('6405011708760002'), 'legacy', 'Kalimantan Utara code before the 2012 split');
  });
  it('finds labelled and unlabelled NIKs in several layouts', () => {
    assert.deepEqual(hits('nik', `Warga atas nama Sri, NIK ${NIK_F}, belum menerima bantuan.`), [NIK_F]);
    assert.deepEqual(hits('nik', `Data: ${NIK_M} tercatat di DTKS.`), [NIK_M]);
    assert.deepEqual(hits('nik', 'NIK: 327301 450690 0002.'), ['327301 450690 0002']);
    assert.deepEqual(hits('nik', 'No. KTP 3273 0145 0690 0002'), ['3273 0145 0690 0002']);
    assert.deepEqual(hits('nik', 'NIK lama 3204011708760002 tetap berlaku.'), ['3204011708760002']);
  });
  it('does not flag look-alikes', () => {
    assert.deepEqual(hits('nik', 'Kode uji 3273019999990001 bukan NIK.'), [], 'invalid date');
    assert.deepEqual(hits('nik', 'ID transaksi 9912014506900002 gagal.'), [], 'invalid region');
    assert.deepEqual(hits('nik', 'Nomor 3204011708760002 tanpa label'), [], 'regency-only without a NIK label');
    assert.deepEqual(hits('nik', `No. KK ${KK} dimutakhirkan.`), [], 'a KK number');
    assert.deepEqual(hits('nik', `NPWP ${NIK_F} (format 16 digit).`), [], 'an NPWP label');
    assert.deepEqual(hits('nik', `NUPTK ${NIK_F}`), []);
    assert.deepEqual(hits('nik', `Surat nomor 045/${NIK_F}/2026`), [], 'slash chain');
    assert.deepEqual(hits('nik', 'Jumlah 3.273.014.506.900.002 pemilih'), [], 'amount with dots');
    assert.deepEqual(hits('nik', `${NIK_F}7 digit terlalu panjang`), []);
  });
});

describe('validators: KK', () => {
  it('checks region, registration date and serial', () => {
    assert.equal(checkKk(KK), 'district');
    assert.equal(checkKk('3173014503120007'), null, 'day 45 is a NIK date, not a KK date');
    assert.equal(checkKk('3173011403120000'), null, 'serial 0000');
  });
  it('flags only with a KK label', () => {
    assert.deepEqual(hits('kk', `Nomor Kartu Keluarga ${KK} dicoret.`), [KK]);
    assert.deepEqual(hits('kk', `Keluarga Budi, No. KK: ${KK}.`), [KK]);
    assert.deepEqual(hits('kk', `NIK ${KK}`), []);
    assert.deepEqual(hits('kk', `Kode ${KK}`), []);
    assert.deepEqual(hits('kk', 'No. KK 3173013503120007'), [], 'day 35');
  });
});

describe('validators: NPWP', () => {
  it('accepts the mask with a valid check digit, plain 15 and 16 digits with a label', () => {
    assert.ok(luhnValid('071234561'));
    assert.deepEqual(hits('npwp', `Dipakai untuk faktur: ${NPWP_MASK}.`), [NPWP_MASK]);
    assert.deepEqual(hits('npwp', 'NPWP: 092345674422000 atas nama Budi'), ['092345674422000']);
    assert.deepEqual(hits('npwp', `NPWP baru ${NIK_F}`), [NIK_F]);
    assert.deepEqual(hits('npwp', 'NPWP 07.123.456.2-409.000'), ['07.123.456.2-409.000'], 'bad check digit, but labelled');
  });
  it('rejects unlabelled plain numbers and bad check digits without a label', () => {
    assert.deepEqual(hits('npwp', 'Kode 07.123.456.2-409.000'), []);
    assert.deepEqual(hits('npwp', 'Nomor seri 092345674422000'), []);
    assert.deepEqual(hits('npwp', `Data ${NIK_F}`), []);
  });
});

describe('validators: NIP', () => {
  it('checks birth date, TMT after 17 years, gender and serial', () => {
    assert.ok(checkNip('197008121995031004'));
    assert.ok(!checkNip('197008121980031004'), 'TMT at age 9');
    assert.ok(!checkNip('197008121995033004'), 'gender 3');
    assert.ok(!checkNip('197008121995031000'), 'serial 000');
    assert.ok(!checkNip('197013121995031004'), 'birth month 13');
    assert.ok(!checkNip('197008121995131004'), 'TMT month 13');
    assert.ok(checkNip('199003152019211008', true), 'PPPK month 21');
    assert.ok(!checkNip('199003152019211008', false));
  });
  it('finds plain and spaced NIPs but not look-alikes', () => {
    assert.deepEqual(hits('nip', 'NIP. 19700812 199503 1 004'), ['19700812 199503 1 004']);
    assert.deepEqual(hits('nip', 'Saudari Nia, NIP 198511232010012015, dibebastugaskan.'), ['198511232010012015']);
    assert.deepEqual(hits('nip', 'Kode 200012312024011001 untuk arsip'), []);
    assert.deepEqual(hits('nip', 'Nomor batch 197008121980031004'), []);
  });
});

describe('validators: BPJS, paspor, SIM (context only)', () => {
  it('BPJS needs a BPJS/JKN/KIS label', () => {
    assert.deepEqual(hits('bpjs', 'Kartu JKN-KIS nomor 0001876543210 aktif.'), ['0001876543210']);
    assert.deepEqual(hits('bpjs', 'KPJ 12345678901 milik pekerja'), ['12345678901']);
    assert.deepEqual(hits('bpjs', 'ISBN 9786021234567'), []);
    assert.deepEqual(hits('bpjs', 'Nomor 0001876543210 terdaftar'), []);
  });
  it('paspor needs the word paspor', () => {
    assert.deepEqual(hits('paspor', 'Paspor nomor C1234567 atas nama Budi'), ['C1234567']);
    assert.deepEqual(hits('paspor', 'Paspor jemaah atas nama Ahmad, B4567123, tertahan.'), ['B4567123']);
    assert.deepEqual(hits('paspor', 'Kode produk C1234567 habis'), []);
  });
  it('SIM needs the word SIM', () => {
    assert.deepEqual(hits('sim', 'menunjukkan SIM 9012-3456-7890 kepada petugas'), ['9012-3456-7890']);
    assert.deepEqual(hits('sim', 'Nomor SIM C 901234567890'), ['901234567890']);
    assert.deepEqual(hits('sim', 'IDPEL 901234567890'), []);
  });
});

describe('validators: telepon', () => {
  it('classifies mobile and landline forms', () => {
    for (const m of ['081234567890', '0812-3456-7890', '+62 812-3456-7890', '+6281234567890', '6281234567890', '0812.3456.789']) assert.equal(classifyPhone(m), 'mobile', m);
    for (const l of ['(021) 3456789', '0274-512345', '022 7654321']) assert.equal(classifyPhone(l), 'landline', l);
    for (const x of ['0800-1234567', '0123456789', '62123', '08123']) assert.equal(classifyPhone(x), null, x);
  });
  it('flags personal numbers with the right label', () => {
    const t = 'Keluarga korban, Budi, nomor HP 0857-2233-4455, berharap bantuan.';
    assert.deepEqual(hits('telepon', t), ['0857-2233-4455']);
    const v = VALIDATORS.telepon!;
    v.candidates.lastIndex = 0;
    const m = [...t.matchAll(v.candidates)][0]!;
    assert.equal(v.validate({ text: m[0], start: m.index!, end: m.index! + m[0].length, groups: [] }, t)?.label, 'nomor HP');
    assert.deepEqual(hits('telepon', 'Warga yang rumahnya di (022) 7654321 itu'), ['(022) 7654321']);
    assert.deepEqual(hits('telepon', 'Pelaku menipu lewat +6281312345678.'), ['+6281312345678']);
  });
  it('does not flag offices, media contacts, service and emergency numbers, times', () => {
    assert.deepEqual(hits('telepon', 'Narahubung: Budi Santoso (0812-3456-7890), Humas Kemenkeu.'), []);
    assert.deepEqual(hits('telepon', 'Kontak media:\nBudi Santoso\n0812-3456-7890'), []);
    assert.deepEqual(hits('telepon', 'Call center 112, 110, 1500-123, 14045, 0800-1-500-500.'), []);
    assert.deepEqual(hits('telepon', 'Telp. (021) 3456789 Kantor Dinas.'), []);
    assert.deepEqual(hits('telepon', 'Rumah sakit, telepon (021) 3456789.'), []);
    assert.deepEqual(hits('telepon', 'Acara pukul 08.30-10.00 WIB.'), []);
    assert.deepEqual(hits('telepon', 'Layanan pengaduan WhatsApp 0811-1500-537.'), []);
    assert.deepEqual(hits('telepon', 'Landline tanpa konteks 021-5201590.'), []);
  });
});

describe('validators: email', () => {
  it('flags private addresses tied to a person', () => {
    assert.deepEqual(hits('email', 'Pelapor dapat dihubungi melalui budi.santoso88@gmail.com.'), ['budi.santoso88@gmail.com']);
    assert.deepEqual(hits('email', 'Akun joko_s@yahoo.co.id milik warga diretas'), ['joko_s@yahoo.co.id']);
  });
  it('does not flag office and functional mailboxes or contact lines', () => {
    assert.deepEqual(hits('email', 'Pertanyaan media: humas@kemenkeu.go.id.'), []);
    assert.deepEqual(hits('email', 'Surel resmi: ppid.diskominfo@jatimprov.go.id'), []);
    assert.deepEqual(hits('email', 'Info: dinsos.cimahi@gmail.com'), []);
    assert.deepEqual(hits('email', 'Narahubung: Rina, rina.k@gmail.com'), []);
    assert.deepEqual(hits('email', 'Kirim CV ke rekrutmen.pegawai@gmail.com'), []);
    assert.deepEqual(hits('email', 'versi @2.0 dan @ saja'), []);
  });
});

describe('validators: rekening', () => {
  it('flags accounts near a bank word or a.n.', () => {
    assert.deepEqual(hits('rekening', 'ke rekening BNI 0987654321 milik tersangka'), ['0987654321']);
    assert.deepEqual(hits('rekening', 'BRI 3456-01-012345-53-2 atas nama Sumarni'), ['3456-01-012345-53-2']);
    assert.deepEqual(hits('rekening', 'virtual account 8808123456789012 milik pelaku'), ['8808123456789012']);
  });
  it('does not flag public accounts, amounts, NIKs, phones', () => {
    assert.deepEqual(hits('rekening', 'Bank Jateng 1013123456 a.n. Kas Daerah Kabupaten Klaten'), []);
    assert.deepEqual(hits('rekening', 'BSI 7123456789 a.n. BAZNAS Kota Bogor'), []);
    assert.deepEqual(hits('rekening', 'Dana Rp1.250.000.000 ditransfer ke rekening desa'), []);
    assert.deepEqual(hits('rekening', `Verifikasi data ${NIK_F} a.n. Sri`), []);
    assert.deepEqual(hits('rekening', 'Nomor KIS 0001876543210 atas nama Budi'), []);
    assert.deepEqual(hits('rekening', 'Tanpa konteks 0987654321 di sini'), []);
  });
});

describe('validators: alamat', () => {
  it('flags a home address tied to a person, as one hit', () => {
    assert.deepEqual(hits('alamat', 'Pria itu tinggal di Jalan Cikutra Gg. Sukamulya No. 27 RT 04 RW 11, Kelurahan Sukapada bersama istrinya.'), [
      'Jalan Cikutra Gg. Sukamulya No. 27 RT 04 RW 11, Kelurahan Sukapada',
    ]);
    assert.deepEqual(hits('alamat', 'Rumah korban di Dsn. Krajan RT 002/RW 005 Desa Kemiri rusak.'), ['Dsn. Krajan RT 002/RW 005 Desa Kemiri']);
    assert.deepEqual(hits('alamat', 'Tersangka ditangkap di kontrakannya, Perumahan Bumi Asri Blok F3 No. 9, Kec. Rancaekek.'), [
      'Perumahan Bumi Asri Blok F3 No. 9, Kec. Rancaekek',
    ]);
  });
  it('does not flag offices, venues, road works or communities', () => {
    assert.deepEqual(hits('alamat', 'Kantor kami pindah ke Jl. Asia Afrika No. 112, Bandung.'), []);
    assert.deepEqual(hits('alamat', 'Rapat bertempat di Gedung Sate, Jl. Diponegoro No. 22, Bandung.'), []);
    assert.deepEqual(hits('alamat', 'Warga RT 05/RW 02 Kelurahan Tamansari bergotong royong.'), []);
    assert.deepEqual(hits('alamat', 'Perbaikan Jl. Merdeka No. 1 selesai bulan depan.'), []);
    assert.deepEqual(hits('alamat', 'Warga berjalan kaki ke jalan raya.'), []);
  });
});

describe('validators: identitas anak/korban', () => {
  it('flags a named child or victim with an identifying attribute', () => {
    assert.deepEqual(hits('identitas-anak-korban', 'Siti Aminah (14), siswi kelas VIII SMPN 2 Cimahi, menjadi korban pencabulan.'), ['Siti Aminah']);
    assert.deepEqual(hits('identitas-anak-korban', 'Korban, Dewi Lestari, 15 tahun, warga Desa Sukamaju.'), ['Dewi Lestari']);
    assert.deepEqual(hits('identitas-anak-korban', 'Murid kelas 4 SD, Dedi Permata, dianiaya teman sekelasnya.'), ['Dedi Permata']);
    assert.deepEqual(hits('identitas-anak-korban', 'Polisi menetapkan pelaku anak, Hasan (15), pelajar SMK, sebagai ABH.'), ['Hasan']);
    assert.deepEqual(hits('identitas-anak-korban', 'Korban pelecehan, Lilis Suryani, mendapat pendampingan.'), ['Lilis Suryani'], 'sexual violence: name alone');
    assert.deepEqual(hits('identitas-anak-korban', 'Anak dari pasangan Ujang dan Eneng, Rafi Ahmad (9), menjadi korban tabrak lari.'), ['Rafi Ahmad']);
  });
  it('allows initials, pseudonyms, adults outside sexual violence, officials, achievements', () => {
    assert.deepEqual(hits('identitas-anak-korban', 'Korban berinisial NA (13) merupakan pelajar SMP di Bekasi.'), []);
    assert.deepEqual(hits('identitas-anak-korban', 'Korban S (14), siswi SMP, didampingi psikolog.'), []);
    assert.deepEqual(hits('identitas-anak-korban', 'Mawar (15), bukan nama sebenarnya, kini didampingi UPTD PPA.'), []);
    assert.deepEqual(hits('identitas-anak-korban', 'Korban kecelakaan tunggal, Sutarno (47), warga Kecamatan Wates, meninggal.'), []);
    assert.deepEqual(hits('identitas-anak-korban', 'Pelaku pencabulan, Darsono (52), warga Desa Tegalsari, ditahan.'), []);
    assert.deepEqual(hits('identitas-anak-korban', 'Siswi SMAN 3 Bandung, Kirana Larasati, meraih medali emas olimpiade.'), []);
    assert.deepEqual(hits('identitas-anak-korban', 'Kapolres Garut AKBP Budi Santoso mengatakan korban masih dirawat.'), []);
  });
});

describe('validators: holdout batch 2 regressions', () => {
  it('a label in an earlier sentence does not claim a phone number', () => {
    const t = 'Dompet an. Rudi isi KTP dan ATM BCA. Yg menemukan hub 0878 8123 4567';
    assert.deepEqual(hits('telepon', t), ['0878 8123 4567']);
    assert.deepEqual(hits('rekening', t), []);
  });
  it("an agency's or company's NPWP is public", () => {
    assert.deepEqual(hits('npwp', 'NPWP Instansi: 00.123.456.7-429.000 (Bendahara Pengeluaran).'), []);
    assert.deepEqual(hits('npwp', 'Pemenang tender CV Maju Jaya dengan NPWP 07.123.456.1-409.000.'), []);
  });
  it('an office number right before wins over a person earlier in the sentence', () => {
    assert.deepEqual(hits('telepon', 'Warga yang kehilangan motor silakan hubungi Polsek Coblong (022) 2503585.'), []);
  });
  it('a named resident: address without street but after "Name, warga"', () => {
    assert.deepEqual(hits('alamat', 'Ayah korban, Dadang Sunarya, warga Kp. Cibogo RT 01 RW 07 Desa Sukamanah, melapor.'), ['Kp. Cibogo RT 01 RW 07 Desa Sukamanah']);
  });
  it('child names with ", 12 tahun," and "Adik"', () => {
    assert.deepEqual(hits('identitas-anak-korban', 'Putri Ayu Lestari, 12 tahun, murid SDN Sukamanah 2, belum ditemukan.'), ['Putri Ayu Lestari']);
    assert.deepEqual(hits('identitas-anak-korban', 'Mari dukung pengobatan Adik Naura Azzahra (4 th) penderita leukemia.'), ['Naura Azzahra']);
    assert.deepEqual(hits('identitas-anak-korban', 'Adik korban, Rina Wati (25), ikut melapor.'), []);
  });
});

describe('validators: hard negatives across all validators', () => {
  const negatives = [
    'Nomor: 045/HUMAS/XI/2026 tentang siaran pers.',
    'Surat B-235/PANRB/D-IV/KKA/06/2012 dan 000.8.3.3/15/OR serta 300.2.2-2138.',
    'Berdasarkan PP Nomor 94 Tahun 2021 dan UU 27/2022, Pasal 28 ayat (3).',
    'PMK 112/PMK.03/2022 dan Putusan MK Nomor 115/PUU-XXII/2024.',
    'Anggaran Rp1.250.000.000 dan Rp 3.456.789.000.000,00 terserap.',
    'Pada 12-05-2026 pukul 09.00-12.00 WIB, tercatat 2.578.129 penduduk.',
    'ISBN 978-602-1234-56-7, ISSN 2345-6789.',
    'Darurat: 112, 110, 113, 115, 118, 119; call center 1500-537, 14045.',
    'Narahubung: Budi Santoso (0812-3456-7890), Kepala Subbagian Humas.',
    'Informasi lebih lanjut: Humas Pemkot, (022) 4234793, humas@bandung.go.id.',
  ];
  for (const t of negatives) it(`nothing in: ${t.slice(0, 50)}`, () => assert.deepEqual(allHits(t), []));
});

describe('validators: redaction', () => {
  it('label, partial and initials styles', () => {
    assert.equal(VALIDATORS.nik!.redact(NIK_F, 'label'), '[NIK disamarkan]');
    assert.equal(VALIDATORS.nik!.redact(NIK_F, 'partial'), '3273**********02');
    assert.equal(VALIDATORS.nik!.redact(NIK_F, 'initials'), '3273**********02');
    assert.equal(VALIDATORS.telepon!.redact('0812-3456-7890', 'partial'), '0812-****-**90');
    assert.equal(VALIDATORS.telepon!.redact('0812-3456-7890', 'label'), '[nomor HP disamarkan]');
    assert.equal(VALIDATORS.npwp!.redact(NPWP_MASK, 'partial'), '07.12*.***.*-***.*00');
    assert.equal(VALIDATORS['identitas-anak-korban']!.redact('Siti Aminah', 'initials'), 'S. A.');
    assert.equal(initials('Muhammad Fauzan bin Ali'), 'M. F. B. A.');
    assert.equal(partialMask('C1234567'), 'C1*****7');
  });
  const docs = [
    `Korban, Siti Aminah (14), siswi SMPN 2 Cimahi, NIK ${NIK_F}, tinggal di Jl. Mawar No. 5, RT 02/RW 03, Kel. Sukajadi. Ibunya dapat dihubungi di 0812-3456-7890 atau budi.s@gmail.com; bantuan ke BRI 3456-01-012345-53-2 a.n. Sumarni. No. KK ${KK}, NPWP ${NPWP_MASK}, NIP 19700812 199503 1 004, kartu JKN 0001876543210.`,
  ];
  for (const style of ['label', 'partial', 'initials'] as const) {
    it(`redacting everything (${style}) leaves no hit and is idempotent`, () => {
      for (const doc of docs) {
        assert.ok(allHits(doc).length >= 9, allHits(doc).join(', '));
        const once = redactAll(doc, style);
        assert.deepEqual(allHits(once), [], once);
        assert.equal(redactAll(once, style), once);
      }
    });
  }
});

/** Replaces every hit (right to left) by its redaction. */
function redactAll(text: string, style: 'label' | 'partial' | 'initials'): string {
  const edits: { start: number; end: number; text: string }[] = [];
  for (const v of Object.values(VALIDATORS)) {
    v.candidates.lastIndex = 0;
    for (const m of text.matchAll(v.candidates)) {
      const h = v.validate({ text: m[0], start: m.index!, end: m.index! + m[0].length, groups: [] }, text);
      if (h) edits.push({ start: h.start, end: h.end, text: v.redact(text.slice(h.start, h.end), style) });
    }
  }
  edits.sort((a, b) => b.start - a.start);
  let out = text;
  let floor = Infinity;
  for (const e of edits) {
    if (e.end > floor) continue; // overlapping: keep the later one
    out = out.slice(0, e.start) + e.text + out.slice(e.end);
    floor = e.start;
  }
  return out;
}

describe('validators: regions', () => {
  it('knows district, regency and legacy codes', () => {
    assert.equal(regionLevel('327301'), 'district');
    assert.equal(regionLevel('320401'), 'regency');
    assert.equal(regionLevel('910101'), 'legacy');
    assert.equal(regionLevel('327300'), null);
    assert.equal(regionLevel('990101'), null);
  });
});
