// The adaptive debounce (#12 speed): scaled to the last check's cost, bounded both ways.
import assert from 'node:assert/strict';
import { adaptiveDebounceMs, MAX_DEBOUNCE_MS } from '../../server/src/shared/protocol';

describe('lsp: adaptive debounce', () => {
  it('is twice the last check, at least 10 ms and at most the maximum', () => {
    assert.equal(adaptiveDebounceMs(undefined), 10);
    assert.equal(adaptiveDebounceMs(1), 10);
    assert.equal(adaptiveDebounceMs(15), 30);
    assert.equal(adaptiveDebounceMs(40), 80);
    assert.equal(adaptiveDebounceMs(5000), MAX_DEBOUNCE_MS);
  });

  it('never decreases as checks get dearer (property over 0..1000 ms)', () => {
    let prev = 0;
    for (let cost = 0; cost <= 1000; cost += 0.5) {
      const d = adaptiveDebounceMs(cost);
      assert.ok(d >= prev && d <= MAX_DEBOUNCE_MS, `${cost}: ${d}`);
      prev = d;
    }
  });
});
