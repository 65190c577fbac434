import { ResponseCache } from '../src/cache/responseCache';

describe('ResponseCache', () => {
  it('keeps at most maxEntries, dropping the least recently used', () => {
    const cache = new ResponseCache({ ttlSeconds: 60, maxEntries: 2, maxBodyBytes: 1000, maxTotalBytes: 1_000_000 });
    const answer = { status: 200, contentType: 'application/json', body: '{}' };
    cache.set('a', answer, 0);
    cache.set('b', answer, 0);
    cache.get('a');
    cache.set('c', answer, 0);
    expect([cache.get('a'), cache.get('b'), cache.get('c')].map(Boolean)).toEqual([true, false, true]);
  });

  it('keeps keys and answers under maxTotalBytes, dropping the least recently used', () => {
    const cache = new ResponseCache({ ttlSeconds: 60, maxEntries: 100, maxBodyBytes: 1000, maxTotalBytes: 250 });
    const answer = { status: 200, contentType: 'application/json', body: 'x'.repeat(99) };
    for (const key of ['a', 'b']) cache.set(key, answer, 0);
    expect(cache.bytes).toBe(200);
    cache.get('a');
    cache.set('c', answer, 0);
    expect([cache.get('a'), cache.get('b'), cache.get('c')].map(Boolean)).toEqual([true, false, true]);
    expect(cache.bytes).toBe(200);
    expect(cache.set('big', { ...answer, body: 'x'.repeat(300) }, 0)).toBe(false);
    cache.invalidate();
    expect([cache.size, cache.bytes]).toEqual([0, 0]);
  });

  it('refuses an answer computed before an invalidation, and one too large', () => {
    const cache = new ResponseCache({ ttlSeconds: 60, maxEntries: 10, maxBodyBytes: 5, maxTotalBytes: 1_000_000 });
    const generation = cache.generation;
    cache.invalidate();
    expect(cache.set('a', { status: 200, contentType: undefined, body: '{}' }, generation)).toBe(false);
    expect(cache.set('b', { status: 200, contentType: undefined, body: '{"long":1}' }, cache.generation)).toBe(false);
  });

  it('does not key batches', () => {
    const cache = new ResponseCache({ ttlSeconds: 60, maxEntries: 10, maxBodyBytes: 5, maxTotalBytes: 1_000_000 });
    expect(cache.keyOf('POST', [{ query: '{a}' }], '')).toBeNull();
    expect(cache.keyOf('POST', { query: '{a}', variables: { x: 1 } }, '')).not.toBe(cache.keyOf('POST', { query: '{a}', variables: { x: 2 } }, ''));
  });
});
