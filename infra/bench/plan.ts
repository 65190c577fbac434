// The direct baseline: what the gateway's query plan sends first. For an operation, its root fetches
// are the fetches of the plan's first stage (those that need no other subgraph's answer); asking a
// subgraph directly means sending it exactly that query, with the variables it uses. The gateway's
// overhead is then everything else it does: parsing and planning, authentication, the entity fetches
// of the later stages, merging the answers, and one more HTTP hop.

import { operationFromDocument, Supergraph } from '@apollo/federation-internals';
import { QueryPlanner, type FetchNode, type PlanNode } from '@apollo/query-planner';
import { parse } from 'graphql';
import type { GraphQLRequest } from './request';

interface RootFetch {
  subgraph: string;
  operationName: string | undefined;
  query: string;
  variableUsages: string[];
}

function firstStage(node: PlanNode | undefined): FetchNode[] {
  if (!node) return [];
  switch (node.kind) {
    case 'Fetch':
      return [node];
    case 'Sequence':
      return firstStage(node.nodes[0]);
    case 'Parallel':
      return node.nodes.flatMap(firstStage);
    default:
      // Flatten (entity fetches), Defer and Condition never start a plan of our operations.
      return [];
  }
}

export class RootFetchPlanner {
  private readonly supergraph: Supergraph;
  private readonly planner: QueryPlanner;
  private readonly plans = new Map<string, RootFetch[]>();

  constructor(supergraphSdl: string) {
    this.supergraph = Supergraph.build(supergraphSdl);
    this.planner = new QueryPlanner(this.supergraph);
  }

  /** The first-stage fetches of an operation (planned once per operation text). */
  rootFetches(query: string, operationName: string): RootFetch[] {
    const key = `${operationName}\n${query}`;
    let fetches = this.plans.get(key);
    if (!fetches) {
      const operation = operationFromDocument(this.supergraph.schema, parse(query), { operationName });
      const plan = this.planner.buildQueryPlan(operation);
      fetches = firstStage(plan.node as PlanNode | undefined).map((fetch) => ({
        subgraph: fetch.serviceName,
        operationName: fetch.operationName,
        query: fetch.operation,
        variableUsages: fetch.variableUsages ?? [],
      }));
      this.plans.set(key, fetches);
    }
    return fetches;
  }

  /** The subgraphs an operation's plan starts with. */
  rootSubgraphs(request: GraphQLRequest): string[] {
    return [...new Set(this.rootFetches(request.query, request.operationName).map((f) => f.subgraph))];
  }

  /** The request the plan sends first to `subgraph` for this operation (null when it sends it none first). */
  direct(request: GraphQLRequest, subgraph: string): GraphQLRequest | null {
    const fetch = this.rootFetches(request.query, request.operationName).find((f) => f.subgraph === subgraph);
    if (!fetch) return null;
    const variables = Object.fromEntries(fetch.variableUsages.filter((name) => name in request.variables).map((name) => [name, request.variables[name]]));
    return { operationName: fetch.operationName ?? request.operationName, query: fetch.query, variables };
  }
}
