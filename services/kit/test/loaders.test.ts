import { groupedLoader, keyedLoader, setLoaderBatching } from '../src/loaders';

/** A batch function that records the keys of each call. */
function recording<V>(answer: (keys: readonly string[]) => V[]) {
  const calls: string[][] = [];
  return { calls, fetchMany: async (keys: readonly string[]) => (calls.push([...keys]), answer(keys)) };
}

describe('loaders', () => {
  afterEach(() => setLoaderBatching(true));

  it('answer in key order, null for a key that matched nothing, in one call', async () => {
    const source = recording((keys) => keys.filter((k) => k !== 'b').reverse().map((id) => ({ id })));
    const loader = keyedLoader(source.fetchMany, (v) => v.id);
    expect(await Promise.all(['a', 'b', 'c'].map((k) => loader.load(k)))).toEqual([{ id: 'a' }, null, { id: 'c' }]);
    expect(source.calls).toEqual([['a', 'b', 'c']]);
  });

  it('group one-to-many items by key, an empty list for a key without items', async () => {
    const source = recording(() => [{ owner: 'a', n: 1 }, { owner: 'a', n: 2 }, { owner: 'z', n: 3 }]);
    const loader = groupedLoader(source.fetchMany, (v) => v.owner);
    expect(await loader.loadMany(['a', 'b'])).toEqual([[{ owner: 'a', n: 1 }, { owner: 'a', n: 2 }], []]);
    expect(source.calls).toHaveLength(1);
  });

  it('send one call per key when batching is turned off (LOADER_BATCHING=false), with the same answers', async () => {
    setLoaderBatching(false);
    const source = recording((keys) => keys.map((id) => ({ id })));
    const loader = keyedLoader(source.fetchMany, (v) => v.id);
    expect(await Promise.all(['a', 'b', 'c'].map((k) => loader.load(k)))).toEqual([{ id: 'a' }, { id: 'b' }, { id: 'c' }]);
    expect(source.calls).toEqual([['a'], ['b'], ['c']]);
  });
});
