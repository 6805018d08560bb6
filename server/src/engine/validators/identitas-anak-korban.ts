/**
 * Identity of children and victims (UU 11/2012 SPPA Pasal 19; UU 12/2022 TPKS Pasal 69
 * huruf c; UU 27/2022 Pasal 4 ayat (2)): a real name next to a child/victim word
 * (korban, siswi, siswa, santri, murid, bocah, balita, anak, pelaku/saksi anak...) plus an
 * identifying attribute in the same sentence (age, school/class, parent, village/address).
 * A pupil or child word counts only in a case (victim, offender, witness, missing, hurt,
 * ill): a pupil named in an ordinary story is not reported. The name must be name-like:
 * not common vocabulary heading a sentence, not a title ("Anak Buah Kapal").
 *
 * Initials ("S (14)", "berinisial SA") and pseudonyms ("Bunga, bukan nama sebenarnya")
 * are fine. An adult victim of an accident or disaster is not reported; an adult victim
 * of sexual violence is. The hit is the name, so the initials redaction gives "S. A.".
 */
import type { Validator } from './types';
import { lineAfter, lineBefore, sentenceAfter, sentenceBefore } from './context';
import { initials, labelRedaction } from './redact';

const WORD = String.raw`[A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)?`;
const NAME_RE = String.raw`${WORD}(?:[ ](?:${WORD}|bin|binti)){0,3}`;
const AFTER_NAME = new RegExp(
  String.raw`^(?:[ ]+(?!(?:asal|dari|di|warga|ke|tinggal|dalam|pada|saat|ketika|yang\s+tinggal|bersekolah|sekolah|desa|kota|kelas)\b)[a-z][\w-]*){0,3}[ ]*[,:]?[ ]*(?:(?:yang[ ]+)?bernama[ ]+|yakni[ ]+|yaitu[ ]+|atas[ ]+nama[ ]+)?(${NAME_RE})`,
);
const AFTER_COMMA = new RegExp(String.raw`^[ ]+[^,.;()\n]{1,40},[ ]*(?:(?:yang[ ]+)?bernama[ ]+)?(${NAME_RE})`);
const BEFORE_NAME = new RegExp(
  String.raw`(${NAME_RE})[ ]*(?:\([ ]*\d{1,2}[ ]*(?:th|thn|tahun)?[ ]*\)|,[ ]*\d{1,2}[ ]*(?:th|thn|tahun)\.?)?[ ]*,?[ ]*(?:seorang|yang[ ]+merupakan|yang[ ]+masih|yang[ ]+juga|adalah|merupakan|sebagai)?[ ]*$`,
);
const ANCHOR_NEAR = /\b(?:adik|korban|siswi|siswa|pelajar|santri|santriwati|murid|bocah|balita|bayi|anak|pelaku|saksi)\b[^.]{0,40}$/i;

const NOT_NAME = new Set(
  (
    'Desa Dusun Kelurahan Kecamatan Kabupaten Kota Provinsi Jalan Sekolah Pondok Pesantren Polres Polsek Polda Polresta Polrestabes Unit Satreskrim ' +
    'Kepala Kapolres Kapolsek Kasat Kanit Kasi Kadis Dinas Badan Bapak Ibu Senin Selasa Rabu Kamis Jumat Sabtu Minggu Januari Februari Maret April Mei Juni Juli ' +
    'Agustus September Oktober November Desember Rumah Sakit Puskesmas Pemerintah Tim Menurut Saat Kejadian Peristiwa Pelaku Korban Dia Ia Mereka Kami Kita ' +
    'Dalam Pada Di Ke Dari Untuk Hal Kasus Indonesia Negeri Kelas Saksi Anak Siswa Siswi Santri Pihak Keluarga Orang ' +
    'Perlindungan Perempuan Pusat Layanan Terpadu Lembaga Komisi Kementerian Pengadilan Kejaksaan Jaksa Hakim Penyidik Tersangka Sementara Selain Setelah ' +
    'Sebelum Namun Hingga Kini Saat Ini Itu Tersebut Berdasarkan Atas Sebagai Bersama Dengan Yang Adapun Sedangkan Kemudian Akibat Karena Bahkan Juga Para ' +
    'Masyarakat Warga Kampung Kapolresta Wakapolres Bupati Wali Walikota Gubernur Camat Lurah Kades Ketua Sekretaris Direktur Humas Kasatreskrim Kanit PPA ' +
    'Seorang Sebanyak Sejumlah Beberapa Salah Satu Dua Tiga Seluruh Semua Setiap Tiap Ada Tak Tidak Belum Sudah Lalu Akhirnya Kata Ujar Menurutnya Berinisial Inisial ' +
    'Bocah Balita Murid Pelajar Santriwati Remaja Bayi Dokter Bidan Guru Kepolisian Bhayangkara Islam Kristen Katolik Hindu Buddha Barat Timur Utara Selatan Tengah Raya Baru Lama Besar Kecil Agung Tahun Bulan ' +
    // common nouns that head a sentence or a compound ("Jumlah siswa", "Ibu Tiri korban", "Anak Buah Kapal")
    'Jumlah Survei Data Angka Ribuan Ratusan Puluhan Jutaan Buah Tiri Tua Muda Angkat Kandung Asuh Program Beasiswa Lomba Tingkat Panti Asuhan Yayasan ' +
    'Asrama Peserta Calon Kelompok Komunitas Organisasi Forum Gerakan Hari Pekan Festival Olimpiade Satuan Pramuka Paskibraka Dewan Kabar Berita Info Foto Video'
  ).split(' '),
);
const PSEUDONYM = /^\s*[,(]?\s*(?:\(?\s*(?:bukan\s+nama\s+sebenarnya|nama\s+samaran|samaran|nama\s+disamarkan)\s*\)?)/i;
const PSEUDO_BEFORE = /\b(?:sebut\s+saja|nama\s+samaran|disamarkan\s+menjadi|dengan\s+nama)\s*$/i;

const AGE = /\(\s*(\d{1,2})\s*(?:th|thn|tahun)?\s*\)|\b(\d{1,2})\s*(?:tahun|thn|th)\b|\b(?:berusia|berumur|usia|umur)\b/i;
const SCHOOL =
  /\b(?:SD|SDN|SDIT|SMP|SMPN|SMPIT|SMA|SMAN|SMK|SMKN|MI|MIN|MTs|MTsN|MA|MAN|SLB|TK|PAUD|[Pp]ondok\s+[Pp]esantren|[Pp]onpes|[Ss]ekolah|[Kk]elas\s+(?:[IVX]+|\d{1,2})\b)/;
const PARENT = /\b(?:anak\s+(?:dari|pasangan|kandung|pertama|kedua|ketiga|bungsu|sulung)|putri\s+(?:dari|pasangan|sulung|bungsu)|putra\s+(?:dari|pasangan|sulung|bungsu)|ayah(?:nya)?|ibu(?:nya)?\s+(?:kandung|korban)|orang\s+tua(?:nya)?|ayah\s+kandung|ibu\s+kandung)\b/i;
const PLACE = /\b(?:Desa|Dusun|Kelurahan|Kampung|Kp\.|Gampong|Nagari|RT|RW|Jl\.|Jalan|warga|tinggal|beralamat)\b/;
const CHILD = /\b(?:anak|siswi|siswa|pelajar|santri|santriwati|murid|bocah|balita|bayi|di\s+bawah\s+umur|ABH|remaja|putri|putra)\b/i;
const SEXUAL =
  /\b(?:pencabulan|dicabuli|cabul|pelecehan|dilecehkan|pemerkosaan|diperkosa|perkosaan|kekerasan\s+seksual|persetubuhan|disetubuhi|asusila|TPKS|eksploitasi\s+seksual|rudapaksa|kekerasan\s+dalam\s+rumah\s+tangga|KDRT|perdagangan\s+orang|TPPO|penganiayaan|dianiaya|perundungan|dirundung|bullying)\b/i;
const ACCIDENT =
  /\b(?:kecelakaan|laka|lakalantas|tabrakan|banjir|longsor|gempa|kebakaran|tenggelam|erupsi|bencana|tertimpa|tersambar|puting\s+beliung)\b/i;

const PSEUDO_WORDS = new Set(['Bunga', 'Mawar', 'Melati', 'Kembang', 'Mentari', 'Anggrek', 'Tulip', 'Dahlia', 'Kenanga', 'Lily', 'Lili']);

/** Drops leading non-name words ("Bocah Teguh Santoso" -> "Teguh Santoso"). */
function trimName(name: string): { name: string; skip: number } {
  const words = name.split(' ');
  let skip = 0;
  while (words.length > 1 && NOT_NAME.has(words[0]!)) skip += words.shift()!.length + 1;
  return { name: words.join(' '), skip };
}

const ACHIEVEMENT = /\b(?:juara|meraih|prestasi|berprestasi|medali|olimpiade|lomba|kejuaraan|penghargaan|terpilih|mewakili|lolos|beasiswa|wisuda|lulusan\s+terbaik)\b/i;
const CASE =
  /\b(?:korban|pelaku|tersangka|saksi|kasus|dianiaya|dilecehkan|dicabuli|perundungan|dirundung|dibully|kekerasan|hilang|ditemukan|meninggal|tewas|tenggelam|hanyut|terseret|diculik|penculikan|ditangkap|diamankan|ABH|kecelakaan|tertabrak|ditabrak|tabrak\s+lari|terluka|luka-luka|dirawat|penderita|menderita|pengobatan|sakit|tawuran|narkoba|bunuh\s+diri|kabur|hamil|dinikahkan)\b/i;

/** Derived vocabulary (pe-/per-/ke-/ber-/me-/di-/ter- ... -an/-kan/-nya): "Pendaftaran", "Kegiatan", "Dinyatakan". */
const DERIVED = /^(?:Pe[mnr]?|Peng|Peny|Ke|Ber|Me[mn]?|Meng|Meny|Di|Ter)\p{Ll}{3,}(?:an|kan|nya)$/u;

function isName(name: string): boolean {
  const words = name.split(' ').filter((w) => w !== 'bin' && w !== 'binti');
  if (words.length === 0) return false;
  if (words.length === 1 && PSEUDO_WORDS.has(words[0]!)) return false;
  if (NOT_NAME.has(words[0]!) || DERIVED.test(words[0]!)) return false;
  if (words.every((w) => NOT_NAME.has(w))) return false;
  return words.some((w) => w.replace(/[^a-z]/g, '').length >= 2);
}

/** True when `pos` starts its sentence (only an opening quote or bracket before it). */
function sentenceInitial(text: string, pos: number): boolean {
  return /^[\s"“'‘(]*$/.test(sentenceBefore(text, pos, 60)) || /[:;]\s*$/.test(lineBefore(text, pos, 3));
}

/**
 * A name-like token: not common vocabulary heading a sentence. A single capitalised word at
 * the start of a sentence ("Jumlah siswa ...", "Ribuan siswa ...") is taken for a name only
 * with an age right after it ("Dimas (12), siswa ...").
 */
function nameLike(text: string, start: number, name: string): boolean {
  if (!isName(name)) return false;
  if (name.includes(' ') || !sentenceInitial(text, start)) return true;
  return /^\s*\(\s*\d{1,2}/.test(lineAfter(text, start + name.length, 10));
}

export const identitasAnakKorban: Validator = {
  name: 'identitas-anak-korban',
  label: 'identitas anak/korban',
  candidates:
    /(?<![\w-])(?:[Kk]orban|[Ss]iswi|[Ss]iswa|[Pp]elajar|[Ss]antri(?:wati)?|[Mm]urid|[Bb]ocah|[Bb]alita|[Bb]ayi|[Aa]nak|[Aa]dik|[Pp]elaku|[Ss]aksi|ABH)(?![\w-])/g,
  validate(c, text) {
    const anchor = c.text.toLowerCase();
    // A capitalised anchor inside a sentence is part of a title or an institution
    // ("Anak Buah Kapal", "Program Siswa Asuh"), not a child or victim; "Adik" is also a
    // form of address before a name ("dukung pengobatan Adik Naura").
    if (/^[A-Z][a-z]/.test(c.text) && anchor !== 'adik' && !sentenceInitial(text, c.start)) return null;
    // Cheap exit: no capitalised word near, so no name.
    if (!/[A-Z][a-z]/.test(text.slice(Math.max(0, c.start - 90), c.end + 90))) return null;
    let nameStart = -1;
    let name = '';
    // Name after the anchor: "korban pencabulan, Siti Aminah (14)", "siswi bernama Rina".
    const after = lineAfter(text, c.end, 90);
    const afterName = (m: RegExpExecArray | null) => m !== null && nameLike(text, c.end + m[0].length - m[1]!.length, m[1]!);
    let ma = AFTER_NAME.exec(after);
    let direct = true;
    if (!afterName(ma)) {
      ma = AFTER_COMMA.exec(after);
      direct = false;
    }
    if (ma && afterName(ma)) {
      nameStart = c.end + ma[0].length - ma[1]!.length;
      name = ma[1]!;
      // "anak dari Budi": the name is the parent's.
      if (direct && anchor === 'anak' && /^\s+(?:dari|pasangan|kandung)\b/i.test(after)) return null;
      // Another child/victim word between this one and the name reports it.
      if (/\b(?:adik|korban|siswi|siswa|pelajar|santri|santriwati|murid|bocah|balita|bayi|anak|pelaku|saksi)\b/i.test(text.slice(c.end, nameStart))) return null;
    } else {
      // Name before the anchor: "Dimas Saputra (12), siswa SD ...".
      const before = lineBefore(text, c.start, 90);
      const mb = BEFORE_NAME.exec(before);
      if (!mb) return null;
      const trimmed = trimName(mb[1]!);
      nameStart = c.start - before.length + mb.index + trimmed.skip;
      name = trimmed.name;
      // "Dimas Saputra (12), siswa", "Rina, seorang siswi": an apposition needs its comma,
      // age or linking word; "Jumlah siswa", "Ibu Tiri korban" have none.
      const between = before.slice(mb.index + mb[1]!.length);
      if (!/[,(]|\b(?:seorang|merupakan|adalah|sebagai)\b/.test(between)) return null;
      if (!nameLike(text, nameStart, name)) return null;
      // Another child/victim word right before the name will report it.
      if (ANCHOR_NEAR.test(lineBefore(text, nameStart, 50))) return null;
    }
    const nameEnd = nameStart + name.length;
    if (PSEUDONYM.test(lineAfter(text, nameEnd, 40))) return null;
    if (PSEUDO_BEFORE.test(lineBefore(text, nameStart, 30))) return null;

    const sentence = sentenceBefore(text, Math.min(c.start, nameStart), 200) + ' ' + text.slice(Math.min(c.start, nameStart), Math.max(c.end, nameEnd)) + ' ' + sentenceAfter(text, Math.max(c.end, nameEnd), 200);
    const ageMatch = AGE.exec(sentence);
    const age = ageMatch ? Number(ageMatch[1] ?? ageMatch[2] ?? NaN) : NaN;
    const sexual = SEXUAL.test(sentence);
    const hasAttr = ageMatch !== null || SCHOOL.test(sentence) || PARENT.test(sentence) || PLACE.test(sentence) || /\basal\b/.test(sentence);
    // A victim of sexual violence is identified by the name alone.
    if (!hasAttr && !sexual) return null;
    // Achievement news about a named pupil is not a case.
    if (ACHIEVEMENT.test(sentence) && !sexual && !CASE.test(sentence)) return null;

    if (anchor === 'adik' && !(Number.isFinite(age) && age < 18) && !SCHOOL.test(sentence)) return null;
    const childAnchor = !['korban', 'pelaku', 'saksi', 'adik'].includes(anchor);
    // A pupil named in an ordinary story (a visit, an exchange programme, a quote) is not
    // a child in a case: SPPA and UU 27/2022 protect children who are victims, offenders,
    // witnesses, missing, hurt or ill.
    if (childAnchor && !sexual && !CASE.test(sentence)) return null;
    const childEvidence = childAnchor || (Number.isFinite(age) && age < 18) || SCHOOL.test(sentence) || CHILD.test(sentence);
    if (anchor === 'pelaku' || anchor === 'saksi') {
      // Adult offenders and witnesses are not covered; children are (SPPA).
      if (!childEvidence || (Number.isFinite(age) && age >= 18)) return null;
    }
    if (anchor === 'korban') {
      const adult = Number.isFinite(age) && age >= 18;
      if (adult && !SEXUAL.test(sentence)) return null;
      if (!childEvidence && !SEXUAL.test(sentence)) {
        if (ACCIDENT.test(sentence)) return null;
      }
    }
    if (anchor === 'anak' && !childEvidence) return null;
    if (childAnchor && Number.isFinite(age) && age >= 18 && !SEXUAL.test(sentence)) return null;
    return { start: nameStart, end: nameEnd };
  },
  redact(hitText, style) {
    if (style === 'label') return labelRedaction('nama');
    return initials(hitText);
  },
};
