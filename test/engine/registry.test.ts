// The election registry: config parsing with file/line/key errors, packs, and the
// netralitas rules that name registry terms.
import assert from 'node:assert/strict';
import { Linter, mergeConfigs, parseConfig, REGISTRY_PACKS } from '../../server/src/engine';
import { withRegistry } from '../../server/src/engine/registry';
import { shippedRules } from '../helpers/rules';

const PILKADA = `pemilihan:
  tanggal: 2029-10-01
  daftar:
    - nama: Pilkada Kabupaten Sukamaju 2029
      tingkat: bupati
      kampanye: { mulai: 2029-09-25, selesai: 2029-11-23 }
      pemungutan: 2029-11-27
      calon:
        - nomor: 1
          nama: [Joko Lelono]
          panggilan: [Pak Joko, Joko]
          tagar: [JokoUntukSukamaju]
`;

function netralitas(linter: Linter, text: string) {
  return linter.lint(text).filter((f) => f.category === 'netralitas');
}

describe('election registry', () => {
  const { rules } = shippedRules();

  it('a region adds its own Pilkada in a few lines and its candidate is recognised', () => {
    const { config, problems } = parseConfig('.etika-asn.yaml', PILKADA);
    assert.deepEqual(problems, []);
    const withPilkada = new Linter(rules, config);
    const without = new Linter(rules);
    const text = 'Lanjutkan Joko Lelono! #JokoUntukSukamaju';
    const found = netralitas(withPilkada, text).map((f) => `${f.ruleId} ${f.severity}`);
    assert.ok(found.includes('netralitas/dukungan-calon-terdaftar warning'), found.join());
    assert.ok(found.includes('netralitas/tagar-calon-terdaftar error'), found.join());
    // the registry is what names him: the same text without it has only the generic tag shape
    assert.ok(netralitas(without, text).every((f) => f.ruleId === 'netralitas/tagar-nama-untuk-daerah'));
  });

  it('outside the campaign period the same text is one step lower, not silence', () => {
    const after = parseConfig('.etika-asn.yaml', PILKADA.replace('tanggal: 2029-10-01', 'tanggal: 2030-06-01')).config;
    const severities = netralitas(new Linter(rules, after), 'Lanjutkan Joko Lelono!').map((f) => f.severity);
    assert.deepEqual(severities, ['info']);
    const tag = netralitas(new Linter(rules, after), '#JokoUntukSukamaju').find((f) => f.ruleId === 'netralitas/tagar-calon-terdaftar');
    assert.equal(tag?.severity, 'warning');
  });

  it('config errors name the file, line and key; the valid rest still applies', () => {
    const text = `rules:
  netralitas: on
pemilihan:
  paket: [pilpres-2024, pilpres-2099]
  daftar:
    - nama: Pilkada X
      tingkat: lurah
      pemungutan: 27-11-2029
      calon:
        - nomor: satu
          nama: [Ani]
          warna: merah
`;
    const { config, problems } = parseConfig('/p/.etika-asn.yaml', text);
    const got = problems.sort((a, b) => a.line! - b.line!).map((p) => `${p.file}:${p.line} ${p.message.split(':')[0]}`);
    assert.deepEqual(got, [
      '/p/.etika-asn.yaml:4 pemilihan.paket[1]',
      '/p/.etika-asn.yaml:7 pemilihan.daftar[0].tingkat',
      '/p/.etika-asn.yaml:8 pemilihan.daftar[0].pemungutan',
      '/p/.etika-asn.yaml:10 pemilihan.daftar[0].calon[0].nomor',
      '/p/.etika-asn.yaml:12 pemilihan.daftar[0].calon[0].warna',
    ]);
    assert.deepEqual(config.pemilihan?.paket, ['pilpres-2024']);
    assert.deepEqual(config.pemilihan?.daftar?.[0].calon[0].nama, ['Ani']);
  });

  it('a non-mapping section is one problem, not a crash', () => {
    const { problems } = parseConfig('c.yaml', 'pemilihan: [1, 2]\n');
    assert.equal(problems.length, 1);
    assert.equal(problems[0].line, 1);
  });

  it('merges packs and elections from file and settings', () => {
    const a = parseConfig('a', 'pemilihan:\n  paket: [pilpres-2024]\n').config;
    const b = parseConfig('b', PILKADA).config;
    const merged = mergeConfigs(a, b).pemilihan!;
    assert.deepEqual(merged.paket, ['pilpres-2024']);
    assert.equal(merged.daftar?.length, 1);
    assert.equal(merged.tanggal, '2029-10-01');
  });

  it('shipped packs name their KPU sources and every candidate has a number and a name', () => {
    for (const [name, pack] of Object.entries(REGISTRY_PACKS)) {
      assert.match(pack.sumber, /Keputusan KPU Nomor \d+ Tahun \d{4}/, name);
      for (const e of pack.pemilihan) for (const c of [...e.calon, ...e.partai]) assert.ok(c.nomor && c.nama.length > 0, `${name}: ${c.nama[0]}`);
    }
  });

  it('the 2024 pack: candidates with a cue flagged, neutral reporting and ordinary "amin" not', () => {
    const config = parseConfig('c', 'pemilihan:\n  paket: [pilpres-2024, partai-2024]\n  tanggal: 2024-01-10\n').config;
    const linter = new Linter(rules, config);
    for (const text of ['Ayo coblos Prabowo-Gibran!', 'Saya dukung Anies-Muhaimin sampai menang', 'Semoga Ganjar menang, aamiin', 'Semangat pagi #AniesMuhaimin']) {
      assert.ok(netralitas(linter, text).some((f) => f.severity === 'error' || f.severity === 'warning'), text);
    }
    for (const text of [
      'KPU menetapkan Anies-Muhaimin, Prabowo-Gibran, dan Ganjar-Mahfud sebagai pasangan calon.',
      'Debat capres kelima antara Anies, Prabowo, dan Ganjar digelar 4 Februari.',
      'Gerindra Jatim Dukung Prabowo-Gibran, Target Menang di Jawa Timur',
      'Semoga acara berjalan lancar, amin.',
      'Pemerintah daerah mendukung program Presiden Prabowo di bidang pangan.',
    ]) {
      assert.deepEqual(netralitas(linter, text).filter((f) => f.severity === 'error' || f.severity === 'warning').map((f) => f.ruleId), [], text);
    }
  });

  it('without templated rules or elections the rule list is returned unchanged', () => {
    assert.equal(withRegistry(rules, undefined), rules);
    assert.equal(withRegistry(rules, { daftar: [] }), rules);
  });
});
