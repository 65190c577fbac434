import type { Experimental_DidResolveQueryPlanCallback } from '@apollo/gateway';

/** @apollo/query-planner's types, as the gateway hands them over (that package is not ours to import). */
type QueryPlan = Parameters<Experimental_DidResolveQueryPlanCallback>[0]['queryPlan'];
type PlanNode = Exclude<NonNullable<QueryPlan['node']>, { kind: 'Subscription' }>;

/** The subgraph a node only fetches from (one fetch, or fetches side by side), or null for anything else. */
function fetchesOnly(node: PlanNode): string | null {
  if (node.kind === 'Fetch') return node.serviceName;
  if (node.kind === 'Flatten') return node.node.kind === 'Fetch' ? node.node.serviceName : null;
  if (node.kind !== 'Parallel') return null;
  const services = new Set(node.nodes.map(fetchesOnly));
  const [service] = services;
  return services.size === 1 && service ? service : null;
}

const sequence = (nodes: PlanNode[]): PlanNode => (nodes.length === 1 ? nodes[0]! : { kind: 'Sequence', nodes });

/**
 * Branches of a parallel node that each end by fetching from the same subgraph (a territory page's
 * experiences' publishers after knowledge, its conventions' parties after conventions: actors both
 * times) run those last fetches together, once every branch has reached them: Parallel[Seq[a, x1],
 * Seq[b, x2], y] becomes Seq[Parallel[a, b], Parallel[x1, x2, y]], and the data source sends them as one
 * call (batch.ts); y, a branch that only fetches from that subgraph (a dashboard's alliance beside its
 * statistics), joins them. Safe because nothing in the parallel node depends on any of its branches (they
 * run side by side), what follows the node waits for all of it anyway, and each fetch keeps its path; the
 * cost is that x1 waits for b, and y for a and b.
 */
function gatherParallel(node: PlanNode & { kind: 'Parallel' }): PlanNode {
  const branches = new Map<string, number[]>();
  node.nodes.forEach((child, index) => {
    const last = child.kind === 'Sequence' && child.nodes.length > 1 ? child.nodes[child.nodes.length - 1] : undefined;
    const service = last ? fetchesOnly(last) : null;
    if (service) branches.set(service, [...(branches.get(service) ?? []), index]);
  });
  const services = new Set([...branches].filter(([, indexes]) => indexes.length > 1).map(([service]) => service));
  if (services.size === 0) return node;
  const finals: PlanNode[] = [];
  const first: PlanNode[] = [];
  for (const child of node.nodes) {
    const last = child.kind === 'Sequence' ? child.nodes[child.nodes.length - 1] : undefined;
    if (child.kind === 'Sequence' && last && child.nodes.length > 1 && services.has(fetchesOnly(last) ?? '')) {
      finals.push(...(last.kind === 'Parallel' ? last.nodes : [last]));
      first.push(sequence(child.nodes.slice(0, -1)));
    } else if (services.has(fetchesOnly(child) ?? '')) {
      finals.push(...(child.kind === 'Parallel' ? child.nodes : [child])); // a fetch from that subgraph needing nothing before it: it joins them
    } else {
      first.push(child);
    }
  }
  return sequence([...(first.length ? [{ kind: 'Parallel' as const, nodes: first }] : []), { kind: 'Parallel', nodes: finals }]);
}

/** The plan node with `gatherParallel` applied to every parallel node, innermost first. */
function gather(node: PlanNode): PlanNode {
  switch (node.kind) {
    case 'Sequence':
      return { ...node, nodes: node.nodes.map(gather) };
    case 'Parallel':
      return gatherParallel({ ...node, nodes: node.nodes.map(gather) });
    case 'Flatten':
      return { ...node, node: gather(node.node) };
    case 'Condition':
      return { ...node, ifClause: node.ifClause && gather(node.ifClause), elseClause: node.elseClause && gather(node.elseClause) };
    default:
      return node; // a fetch; deferred parts keep the planner's order
  }
}

const gatheredPlans = new WeakSet<QueryPlan>();

/**
 * Rewrites a plan in place (once: plans are cached and resolved again for each request) so that the last
 * fetches of parallel branches from one subgraph go together. Called from the gateway's
 * `experimental_didResolveQueryPlan`, which receives the very plan it then executes.
 */
export function gatherFinalFetches(plan: QueryPlan): void {
  if (gatheredPlans.has(plan)) return;
  if (plan.node && plan.node.kind !== 'Subscription') plan.node = gather(plan.node);
  gatheredPlans.add(plan);
}
