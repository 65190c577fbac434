import { commonVariables, env, parseConfig } from '@fabrique/kit';
import { SUBGRAPHS, SUPERGRAPH_PATH } from '@fabrique/schema';

const [actors, conventions, knowledge] = SUBGRAPHS;

export const gatewayVariables = {
  ...commonVariables,
  port: env.port('PORT', { description: 'HTTP port of the gateway.', default: 4000 }),
  host: env.string('HOST', { description: 'Interface to listen on.', default: '127.0.0.1' }),
  actorsUrl: env.url('ACTORS_URL', { description: 'GraphQL URL of the actors subgraph.', default: actors.url }),
  conventionsUrl: env.url('CONVENTIONS_URL', { description: 'GraphQL URL of the conventions subgraph.', default: conventions.url }),
  knowledgeUrl: env.url('KNOWLEDGE_URL', { description: 'GraphQL URL of the knowledge subgraph.', default: knowledge.url }),
  supergraphPath: env.string('SUPERGRAPH_PATH', { description: 'The composed supergraph to serve.', default: SUPERGRAPH_PATH }),
};

export type GatewayConfig = ReturnType<typeof loadGatewayConfig>;

export function loadGatewayConfig(source: NodeJS.ProcessEnv = process.env) {
  return parseConfig(gatewayVariables, source);
}
