import { graphql } from '@fabrique/kit/testing';
import { useStack } from '../harness/stack';

const PROGRAMMES = 'query Programmes { programmes { kind name } }';

/** The gateway's count of plan lookups with this result, from /metrics. */
async function planLookups(url: string, result: 'hit' | 'miss'): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith(`fabrique_gateway_query_plans_total{result="${result}"}`));
  return line ? Number(line.split(' ').pop()) : 0;
}

describe('the query plan cache (gateway)', () => {
  const stack = useStack({ seed: true });

  async function planTwice(queryPlanCacheMib: number) {
    // The public read cache off: every request reaches the planner.
    const gateway = await stack.startGateway({ responseCacheTtlSeconds: 0, queryPlanCacheMib });
    const answers = [await graphql(gateway.graphqlUrl, PROGRAMMES), await graphql(gateway.graphqlUrl, PROGRAMMES)];
    expect(answers[1]!.errors).toBeUndefined();
    expect(answers[1]!.data).toEqual(answers[0]!.data);
    return { hits: await planLookups(gateway.metricsUrl, 'hit'), misses: await planLookups(gateway.metricsUrl, 'miss') };
  }

  it('plans an operation once and reuses the plan', async () => {
    expect(await planTwice(30)).toEqual({ hits: 1, misses: 1 });
  });

  it('plans it on every request when turned off (QUERY_PLAN_CACHE_MIB=0), with the same answers', async () => {
    expect(await planTwice(0)).toEqual({ hits: 0, misses: 2 });
  });
});
