// The address hit ends at its last token: redacting it keeps the sentence dot and the
// next sentence ("... Kelurahan Citarum. Yang" must keep ". Yang").
import assert from 'node:assert/strict';
import { applyEdits } from '../../../server/src/engine';
import { shippedLinter } from '../../helpers/rules';
import { hits } from '../../helpers/validators';

function redacted(text: string): string {
  const edits = shippedLinter()
    .lint(text)
    .filter((f) => f.ruleId === 'data-pribadi/alamat')
    .flatMap((f) => f.fixes.find((x) => x.preferred)?.edits ?? []);
  assert.ok(edits.length > 0, `no address found in: ${text}`);
  return applyEdits(text, edits).text;
}

describe('validators: alamat range', () => {
  it('stops at the last address token before a sentence break', () => {
    const t = 'Korban tinggal di Jl. Mawar No. 5, RT 03/RW 05, Kelurahan Citarum. Yang bersangkutan kini dirawat.';
    assert.deepEqual(hits('alamat', t), ['Jl. Mawar No. 5, RT 03/RW 05, Kelurahan Citarum']);
    assert.equal(redacted(t), 'Korban tinggal di [alamat disamarkan]. Yang bersangkutan kini dirawat.');
    assert.equal(
      redacted('Ia tinggal di Gg. Melati RT 02 RW 05, Desa Sukamaju. Kemarin rumahnya kebanjiran.'),
      'Ia tinggal di [alamat disamarkan]. Kemarin rumahnya kebanjiran.',
    );
    assert.equal(
      redacted('Pelaku tinggal di Jl. A. Yani No. 3 RT 01/RW 02, Desa Ciu. Yang bersangkutan ditangkap.'),
      'Pelaku tinggal di [alamat disamarkan]. Yang bersangkutan ditangkap.',
    );
  });

  it('still reads titles and initials inside a street name', () => {
    assert.deepEqual(hits('alamat', 'Korban tinggal di Jl. KH. Ahmad Dahlan No. 12, Kel. Sukajadi. Dia dirawat.'), ['Jl. KH. Ahmad Dahlan No. 12, Kel. Sukajadi']);
    assert.deepEqual(hits('alamat', 'Pelaku tinggal di Jl. Dr. Soetomo No. 3 RT 01/RW 02. Ia ditangkap.'), ['Jl. Dr. Soetomo No. 3 RT 01/RW 02']);
  });

  it('property: redaction never changes text after the address', () => {
    const tails = ['. Yang bersangkutan dirawat.', '. Kemarin hujan.', ', dan ia dirawat.', '. Dia pulang.', '. Ia ditangkap.'];
    const areas = ['Kelurahan Citarum', 'Desa Sukamaju', 'Kel. Sukajadi', 'Kecamatan Sumur Bandung', 'RT 03/RW 05'];
    for (const area of areas)
      for (const tail of tails) {
        const t = `Korban tinggal di Jl. Mawar No. 5, ${area}${tail}`;
        assert.ok(redacted(t).endsWith(tail), t);
      }
  });
});
