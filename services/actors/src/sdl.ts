import { join } from 'node:path';
import { NODE_SDL_PATH } from '@fabrique/kit';

/** The actors subgraph's SDL files, in order (then the kit's `Node` interface): read by its server and by schema/'s composition. */
export const schemaPaths = ['schema.graphql', 'access.graphql', 'nodes.graphql'].map((file) => join(__dirname, file)).concat(NODE_SDL_PATH);
