import { cachedFor } from '../src';

describe('cachedFor: a read reused while young enough, per key', () => {
  let now = 1_000_000;
  beforeEach(() => jest.spyOn(Date, 'now').mockImplementation(() => now));
  afterEach(() => jest.restoreAllMocks());

  it('shares a read in flight and its answer until it is older than the age given, per key', async () => {
    const asked: string[] = [];
    const read = cachedFor(async (key: string) => {
      asked.push(key);
      return `${key}@${now}`;
    }, (key) => key, 60_000);
    const [a, b] = await Promise.all([read('x'), read('x')]);
    expect([a, b, asked]).toEqual(['x@1000000', 'x@1000000', ['x']]);
    expect(await read('y')).toBe('y@1000000');
    now += 60_000;
    expect(await read('x')).toBe('x@1000000');
    now += 1;
    expect(await read('x')).toBe('x@1060001');
    expect(asked).toEqual(['x', 'y', 'x']);
  });

  it('keeps no failed read, and forgets every answer beyond the keys it may keep', async () => {
    let fail = true;
    let reads = 0;
    const read = cachedFor(async (key: number) => {
      reads += 1;
      if (fail) throw new Error('database unreachable');
      return key * 2;
    }, String, 60_000, 2);
    await expect(read(1)).rejects.toThrow('database unreachable');
    fail = false;
    expect(await read(1)).toBe(2);
    expect(reads).toBe(2);
    await read(2);
    await read(3);
    await read(1);
    // Three keys asked with room for two: everything was forgotten at the third, so 1 was read again.
    expect(reads).toBe(5);
  });
});
