export { composeSdl, composeSupergraph, CompositionError, readCheckedInSupergraph, type SubgraphSource } from './compose';
export { SUBGRAPHS, SUPERGRAPH_PATH, type SubgraphName } from './subgraphs';
