import { join } from 'node:path';
import { SHARED_SDL_PATHS } from '@fabrique/kit';

/** The knowledge subgraph's SDL files, in order, then the kit's shared SDL: read by its server and by schema/'s composition. */
export const schemaPaths = [...['schema.graphql', 'nodes.graphql', 'cacheControl.graphql'].map((file) => join(__dirname, file)), ...SHARED_SDL_PATHS];
