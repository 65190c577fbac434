import { nestedDeeperThan } from '../src/limits/jsonDepth';

/** JSON text of an array nested `depth` deep. */
const nested = (depth: number) => `${'['.repeat(depth)}1${']'.repeat(depth)}`;

describe('nestedDeeperThan', () => {
  it('measures nesting without recursing', () => {
    const value = (depth: number) => JSON.parse(nested(depth)) as unknown;
    expect(nestedDeeperThan(value(64), 64)).toBe(false);
    expect(nestedDeeperThan(value(65), 64)).toBe(true);
    expect(nestedDeeperThan({ a: [{ b: 1 }], c: 'x'.repeat(1_000) }, 3)).toBe(false);
    expect(nestedDeeperThan({ a: [{ b: {} }] }, 3)).toBe(true);
    expect(nestedDeeperThan(value(1_000_000), 64)).toBe(true);
    for (const scalar of [null, 1, 'x', true]) expect(nestedDeeperThan(scalar, 0)).toBe(false);
  });
});
