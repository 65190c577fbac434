import { readFileSync } from 'node:fs';
import { ApolloGateway } from '@apollo/gateway';
import { SUPERGRAPH_PATH } from '@fabrique/schema';
import type { GraphQLSchema } from 'graphql';

/** The API schema clients see, as the gateway builds it from the checked-in supergraph. */
export async function loadApiSchema(): Promise<GraphQLSchema> {
  const gateway = new ApolloGateway({ supergraphSdl: readFileSync(SUPERGRAPH_PATH, 'utf8') });
  const { schema } = await gateway.load();
  await gateway.stop();
  return schema;
}
