import { join } from 'node:path';
import { CACHE_CONTROL_SDL } from '@fabrique/kit';

/** The actors subgraph's SDL files, in order: read by its server and by schema/'s composition. */
export const schemaPaths = ['schema.graphql', 'access.graphql', 'cacheControl.graphql'].map((file) => join(__dirname, file)).concat(CACHE_CONTROL_SDL);
