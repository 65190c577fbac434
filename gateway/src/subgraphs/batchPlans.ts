import { planBatch, type BatchPlan } from './batch';

/** Most merged plans kept: a plan's fetches give a few combinations each, and the plans are few. */
const MAX_PLANS = 1_000;

/**
 * Batch plans by the queries they merge, so each combination is parsed and printed once; a query that
 * cannot be batched (or fails to parse) is remembered as such.
 */
export class BatchPlans {
  private readonly plans = new Map<string, BatchPlan | null>();

  plan(queries: string[]): BatchPlan | null {
    const key = queries.join('\u0000');
    const known = this.plans.get(key);
    if (known !== undefined) return known;
    let plan: BatchPlan | null;
    try {
      plan = planBatch(queries);
    } catch {
      plan = null;
    }
    // Oldest first out: a Map iterates in insertion order.
    if (this.plans.size >= MAX_PLANS) this.plans.delete(this.plans.keys().next().value as string);
    this.plans.set(key, plan);
    return plan;
  }
}
