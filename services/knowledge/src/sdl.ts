import { join } from 'node:path';
import { SCALARS_SDL_PATH } from '@fabrique/kit';

/** The knowledge subgraph's SDL files, in order (the kit's shared scalars last): read by its server and by schema/'s composition. */
export const schemaPaths = [join(__dirname, 'schema.graphql'), SCALARS_SDL_PATH];
