/**
 * The whole platform in-process for end-to-end tests: three subgraphs and the gateway on free ports,
 * each subgraph with its own fresh database on the real test database server.
 */
import { createActorsServer } from '@fabrique/actors/src/server';
import { seedActors } from '@fabrique/actors/src/seed';
import { createConventionsServer } from '@fabrique/conventions/src/server';
import { seedConventions } from '@fabrique/conventions/src/seed';
import type { Database } from '@fabrique/kit';
import { TEST_IDENTITY_SECRET, testDatabase } from '@fabrique/kit/testing';
import { createKnowledgeServer } from '@fabrique/knowledge/src/server';
import { seedKnowledge } from '@fabrique/knowledge/src/seed';
import { SUPERGRAPH_PATH } from '@fabrique/schema';
import { createGateway, type GatewayOptions } from '../../src/server';

export interface Stack {
  gatewayUrl: string;
  graphqlUrl: string;
  subgraphs: Record<'actors' | 'conventions' | 'knowledge', { url: string; database: Database }>;
  stop(): Promise<void>;
}

export async function startStack(options: { seed?: boolean; gateway?: Partial<GatewayOptions> } = {}): Promise<Stack> {
  const databases = {
    actors: await testDatabase('actors'),
    conventions: await testDatabase('conventions'),
    knowledge: await testDatabase('knowledge'),
  };
  if (options.seed) {
    await seedActors(databases.actors);
    await seedConventions(databases.conventions);
    await seedKnowledge(databases.knowledge);
  }
  const common = { identitySecret: TEST_IDENTITY_SECRET, nodeEnv: 'test' as const };
  const servers = {
    actors: await createActorsServer({ ...common, database: databases.actors }),
    conventions: await createConventionsServer({ ...common, database: databases.conventions }),
    knowledge: await createKnowledgeServer({ ...common, database: databases.knowledge }),
  };
  const urls = {
    actors: `${await servers.actors.listen(0)}/graphql`,
    conventions: `${await servers.conventions.listen(0)}/graphql`,
    knowledge: `${await servers.knowledge.listen(0)}/graphql`,
  };
  const gateway = createGateway({
    ...common,
    actorsUrl: urls.actors,
    conventionsUrl: urls.conventions,
    knowledgeUrl: urls.knowledge,
    supergraphPath: SUPERGRAPH_PATH,
    ...options.gateway,
  });
  const gatewayUrl = await gateway.listen(0);
  return {
    gatewayUrl,
    graphqlUrl: `${gatewayUrl}/graphql`,
    subgraphs: {
      actors: { url: urls.actors, database: databases.actors },
      conventions: { url: urls.conventions, database: databases.conventions },
      knowledge: { url: urls.knowledge, database: databases.knowledge },
    },
    async stop() {
      await gateway.stop();
      await Promise.all(Object.values(servers).map((s) => s.stop()));
      await Promise.all(Object.values(databases).map((d) => d.drop()));
    },
  };
}
