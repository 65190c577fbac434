import { join } from 'node:path';
import { SCALARS_SDL_PATH } from '@fabrique/kit';

/** The conventions subgraph's SDL files, in order (the kit's shared scalars last): read by its server and by schema/'s composition. */
export const schemaPaths = [
  ...['schema.graphql', 'programmes.graphql', 'diagnostics.graphql', 'statistics.graphql'].map((file) => join(__dirname, file)),
  SCALARS_SDL_PATH,
];
