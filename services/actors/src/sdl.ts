import { join } from 'node:path';
import { SCALARS_SDL_PATH } from '@fabrique/kit';

/** The actors subgraph's SDL files, in order (the kit's shared scalars last): read by its server and by schema/'s composition. */
export const schemaPaths = [...['schema.graphql', 'access.graphql'].map((file) => join(__dirname, file)), SCALARS_SDL_PATH];
