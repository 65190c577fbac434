/*
 * Conditions an engine whose indexes give no order (engine.ts: DocumentDB) should not search its index by.
 * DocumentDB searches a compound index path by path: each condition reads its value's whole list of
 * entries, whatever the other conditions narrow. A value most records hold (`status: 'PUBLISHED'`: nearly
 * all of the bench's 100,000 experiences) or a `$ne` (every other value) costs a query about 10 ms at full
 * scale, where the 36 records of a territory's month cost 1 ms (EXPLAIN ANALYZE of the territory page's
 * list: 12.2 ms with them in the index condition, 2.6 ms without; a search's word list 26.3 ms → 7.8 ms).
 * Such conditions are asked as a `$nor` of their negation instead (`{ f: v }` is `{ $nor: [{ f: { $ne: v } }] }`,
 * arrays and missing fields alike), which DocumentDB checks on the records the other conditions select,
 * and which MongoDB and FerretDB v1 answer the same. Only while another field condition remains to search
 * the index by: a broad value alone is better read by its index than by the whole collection.
 */
import { isDocument } from './commandLog';
import { allOf } from './relayConnection';
import type { Filter } from './repository';

/** The values of each field that most records of a collection hold (`{ status: ['PUBLISHED'] }`). */
export type BroadValues = Readonly<Record<string, readonly unknown[]>>;

const isScalar = (value: unknown) => typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';

/** The negation of `condition` on `field` when it is one to keep out of the index; null otherwise. */
function negationOf(field: string, condition: unknown, broad: BroadValues): Filter | null {
  if (field.startsWith('$')) return null;
  if (isDocument(condition) && Object.keys(condition).length === 1 && '$ne' in condition) return { [field]: condition.$ne };
  const values = broad[field];
  if (!values) return null;
  if (isScalar(condition)) return values.includes(condition) ? { [field]: { $ne: condition } } : null;
  // A set holding a broad value is broad.
  if (isDocument(condition) && Object.keys(condition).length === 1 && Array.isArray(condition.$in) && condition.$in.some((v) => values.includes(v))) {
    return { [field]: { $nin: condition.$in } };
  }
  return null;
}

/** `filter` without the conditions to keep out of the index (top level and within `$and`), and their negations. */
function split(filter: Filter, broad: BroadValues): { kept: Filter; negated: Filter[] } {
  const kept: Filter = {};
  const negated: Filter[] = [];
  for (const [key, condition] of Object.entries(filter)) {
    if (key === '$and' && Array.isArray(condition) && condition.every(isDocument)) {
      const parts = condition.map((part) => split(part, broad));
      const members = parts.map((p) => p.kept).filter((p) => Object.keys(p).length > 0);
      if (members.length) kept.$and = members;
      negated.push(...parts.flatMap((p) => p.negated));
      continue;
    }
    const negation = negationOf(key, condition, broad);
    if (negation) negated.push(negation);
    else kept[key] = condition;
  }
  return { kept, negated };
}

/** Whether a filter still conditions a field the index can be searched by (operators such as `$or` aside). */
function conditionsAField(filter: Filter): boolean {
  return Object.entries(filter).some(([key, condition]) => (key === '$and' ? (condition as Filter[]).some(conditionsAField) : !key.startsWith('$')));
}

/**
 * `filter` with its broad conditions (a value of `broad`, or any `$ne`) checked on the records the others
 * select rather than searched in the index (see above); unchanged when nothing else would remain.
 */
export function broadConditionsChecked(filter: Filter, broad: BroadValues = {}): Filter {
  const { kept, negated } = split(filter, broad);
  if (negated.length === 0 || !conditionsAField(kept)) return filter;
  return allOf(kept, { $nor: negated });
}
