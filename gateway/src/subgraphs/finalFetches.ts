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
 * Seq[b, x2]] becomes Seq[Parallel[a, b], Parallel[x1, x2]], and the data source sends x1 and x2 as one
 * call (batch.ts). Safe because nothing in the parallel node depends on a branch's last fetch (its
 * siblings are independent of it, and what follows the node waits for all of it anyway), and each fetch
 * keeps its path; the cost is that x1 waits for b. A branch that only fetches from that subgraph (a
 * dashboard's alliance beside its statistics) is left where it is: joined to the names of one request it
 * would no longer be the same query as other requests' (deduplicate.ts shares it between them): joined,
 * the benchmark's dashboards cost the subgraphs 1.29× what Hive Gateway's did, apart 1.05× and 1.02×.
 */
function gatherParallel(node: PlanNode & { kind: 'Parallel' }): PlanNode {
  const branches = new Map<string, number[]>();
  node.nodes.forEach((child, index) => {
    const last = child.kind === 'Sequence' && child.nodes.length > 1 ? child.nodes[child.nodes.length - 1] : undefined;
    const service = last ? fetchesOnly(last) : null;
    if (service) branches.set(service, [...(branches.get(service) ?? []), index]);
  });
  const gathered = new Set([...branches.values()].filter((indexes) => indexes.length > 1).flat());
  if (gathered.size === 0) return node;
  const finals: PlanNode[] = [];
  const first = node.nodes.map((child, index) => {
    if (!gathered.has(index) || child.kind !== 'Sequence') return child;
    const last = child.nodes[child.nodes.length - 1]!;
    finals.push(...(last.kind === 'Parallel' ? last.nodes : [last]));
    return sequence(child.nodes.slice(0, -1));
  });
  return { kind: 'Sequence', nodes: [{ kind: 'Parallel', nodes: first }, { kind: 'Parallel', nodes: finals }] };
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
