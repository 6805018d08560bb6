// The committed region module must equal what scripts/gen-regions.ts produces from idn-area-data.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { generateRegionsModule, OUTPUT } from '../../../scripts/gen-regions';
import { DISTRICT_CODES, PROVINCE_CODES, REGENCY_CODES } from '../../../server/src/engine/validators/regions.generated';

describe('validators: regions.generated.ts', () => {
  it('matches the generator output (run npx tsx scripts/gen-regions.ts if not)', () => {
    assert.equal(readFileSync(OUTPUT, 'utf8'), generateRegionsModule());
  });
  it('has the 38 provinces and plausible regency/district counts', () => {
    assert.equal(PROVINCE_CODES.size, 38);
    assert.ok(REGENCY_CODES.size > 500, String(REGENCY_CODES.size));
    assert.ok(DISTRICT_CODES.size > 7000, String(DISTRICT_CODES.size));
    for (const d of DISTRICT_CODES) assert.ok(REGENCY_CODES.has(d.slice(0, 4)), d);
  });
});
