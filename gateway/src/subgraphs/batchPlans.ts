import { planBatch, type BatchPlan } from './batch';

/**
 * Most characters kept (the merged queries' texts and their keys, the texts they merge): plans are few,
 * but a client choosing its operations chooses their size, and the gateway's memory is bounded.
 */
const MAX_CHARACTERS = 4 * 2 ** 20;

/**
 * Batch plans by the queries they merge, so each combination is parsed and printed once; a query that
 * cannot be batched (or fails to parse) is remembered as such. Oldest out first beyond MAX_CHARACTERS.
 */
export class BatchPlans {
  private readonly plans = new Map<string, { plan: BatchPlan | null; size: number }>();
  private size = 0;

  constructor(private readonly maxCharacters = MAX_CHARACTERS) {}

  plan(queries: string[]): BatchPlan | null {
    const key = queries.join('\u0000');
    const known = this.plans.get(key);
    if (known) return known.plan;
    let plan: BatchPlan | null;
    try {
      plan = planBatch(queries);
    } catch {
      plan = null;
    }
    this.keep(key, plan);
    return plan;
  }

  /** Characters held now (for the tests of the bound). */
  get characters(): number {
    return this.size;
  }

  private keep(key: string, plan: BatchPlan | null): void {
    const size = key.length + (plan?.query.length ?? 0);
    if (size > this.maxCharacters) return;
    // A Map iterates in insertion order: the first key is the oldest.
    for (const [oldest, entry] of this.plans) {
      if (this.size + size <= this.maxCharacters) break;
      this.plans.delete(oldest);
      this.size -= entry.size;
    }
    this.plans.set(key, { plan, size });
    this.size += size;
  }
}
