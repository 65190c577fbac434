/**
 * Whether a parsed JSON value nests arrays and objects deeper than `max`. Iterative, so a value
 * nested 200,000 deep costs no stack: everything downstream that recurses on client JSON
 * (`JSON.stringify` of cache keys, subgraph calls, logs) only ever sees values that passed here.
 */
export function nestedDeeperThan(value: unknown, max: number): boolean {
  const pending: Array<[unknown, number]> = [[value, 0]];
  while (pending.length > 0) {
    const [item, depth] = pending.pop()!;
    if (item === null || typeof item !== 'object') continue;
    if (depth + 1 > max) return true;
    for (const child of Object.values(item)) pending.push([child, depth + 1]);
  }
  return false;
}
