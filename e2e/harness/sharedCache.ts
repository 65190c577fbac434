// Two gateways over one stack sharing a fresh Redis (what one announces, the other hears), and the wait
// for an announcement to cross: for the suites about the read cache across gateway instances.
import { graphql } from '@fabrique/kit/testing';
import { sleep } from './http';
import { startRedis } from './redis';
import type { RunningGateway, Stack } from './stack';

/** Runs `run` with two new gateways of the stack sharing one Redis, stopped afterwards. */
export async function withGatewaysSharingRedis(stack: Stack, run: (a: RunningGateway, b: RunningGateway) => Promise<void>): Promise<void> {
  const redis = await startRedis();
  try {
    const a = await stack.startGateway({ redisUrl: redis.url });
    const b = await stack.startGateway({ redisUrl: redis.url });
    await run(a, b);
  } finally {
    redis.stop();
  }
}

/** The read cache's answer to `query` on `gateway` (`x-fabrique-cache`) once it is no longer a hit, or 'hit' still after `withinMs`. */
export async function cacheStateOnceChanged(gateway: RunningGateway, query: string, withinMs: number): Promise<string | null> {
  const deadline = Date.now() + withinMs;
  const state = async () => (await graphql(gateway.graphqlUrl, query)).headers.get('x-fabrique-cache');
  let current = await state();
  while (current === 'hit' && Date.now() < deadline) current = await sleep(20).then(state);
  return current;
}
