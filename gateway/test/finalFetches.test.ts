import type { Experimental_DidResolveQueryPlanCallback } from '@apollo/gateway';
import { gatherFinalFetches } from '../src/subgraphs/finalFetches';

type QueryPlan = Parameters<Experimental_DidResolveQueryPlanCallback>[0]['queryPlan'];

// Plan nodes reduced to what the rewrite reads: kinds, services and paths (the fetches' operations are
// carried along untouched).
const fetch = (serviceName: string, operation = `${serviceName} operation`) => ({ kind: 'Fetch', serviceName, operation }) as never;
const flatten = (path: string, node: unknown) => ({ kind: 'Flatten', path: path.split('.'), node }) as never;
const seq = (...nodes: unknown[]) => ({ kind: 'Sequence', nodes }) as never;
const par = (...nodes: unknown[]) => ({ kind: 'Parallel', nodes }) as never;
const plan = (node: unknown): QueryPlan => ({ kind: 'QueryPlan', node }) as QueryPlan;

describe('the last fetches of parallel branches from one subgraph, gathered', () => {
  it('runs the territory page\'s two actors fetches together, after both branches', () => {
    const publishers = flatten('territory.experiences.nodes.@.publisher', fetch('actors', 'publishers'));
    const parties = flatten('territory.conventions.edges.@.node.parties.@.actor', fetch('actors', 'parties'));
    const experiences = flatten('territory', fetch('knowledge'));
    const conventions = flatten('territory', fetch('conventions'));
    const page = plan(seq(fetch('actors', 'territory'), par(seq(experiences, publishers), seq(conventions, parties))));
    gatherFinalFetches(page);
    expect(page.node).toEqual(seq(fetch('actors', 'territory'), seq(par(experiences, conventions), par(publishers, parties))));
  });

  it('gathers a branch ending on fetches side by side, and leaves alone the branches ending elsewhere or only fetching', () => {
    const territories = flatten('p.territories', fetch('actors', 'territories'));
    const publishers = flatten('p.publisher', fetch('actors', 'publishers'));
    const regions = flatten('s.regions', fetch('actors', 'regions'));
    const other = seq(fetch('knowledge'), flatten('k', fetch('conventions')));
    const dashboard = plan(par(seq(fetch('knowledge', 'programme'), par(territories, publishers)), seq(fetch('conventions'), regions), other, fetch('actors', 'root')));
    gatherFinalFetches(dashboard);
    expect(dashboard.node).toEqual(seq(par(fetch('knowledge', 'programme'), fetch('conventions'), other, fetch('actors', 'root')), par(territories, publishers, regions)));
  });

  it('changes nothing where no two branches end on the same subgraph, and rewrites a plan once', () => {
    const untouched = par(seq(fetch('knowledge'), flatten('a', fetch('actors'))), seq(fetch('conventions'), flatten('b', fetch('knowledge'))));
    const single = plan(untouched);
    gatherFinalFetches(single);
    expect(single.node).toEqual(untouched);
    const page = plan(par(seq(fetch('knowledge'), flatten('a', fetch('actors'))), seq(fetch('conventions'), flatten('b', fetch('actors')))));
    gatherFinalFetches(page);
    const once = page.node;
    gatherFinalFetches(page);
    expect(page.node).toBe(once);
  });

  it('looks inside sequences, flattens and conditions, and leaves deferred parts alone', () => {
    const branches = () => par(seq(fetch('knowledge'), flatten('a', fetch('actors'))), seq(fetch('conventions'), flatten('b', fetch('actors'))));
    const gathered = seq(par(fetch('knowledge'), fetch('conventions')), par(flatten('a', fetch('actors')), flatten('b', fetch('actors'))));
    const conditional = plan({ kind: 'Condition', condition: 'withNames', ifClause: seq(fetch('actors'), branches()), elseClause: undefined });
    gatherFinalFetches(conditional);
    expect(conditional.node).toEqual({ kind: 'Condition', condition: 'withNames', ifClause: seq(fetch('actors'), gathered), elseClause: undefined });
    const deferred = { kind: 'Defer', primary: { subselection: undefined, node: branches() }, deferred: [] };
    const withDefer = plan(deferred);
    gatherFinalFetches(withDefer);
    expect(withDefer.node).toBe(deferred);
  });
});
