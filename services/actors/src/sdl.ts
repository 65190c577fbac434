import { join } from 'node:path';

/** The actors subgraph's SDL files, in order: read by its server and by schema/'s composition. */
export const schemaPaths = ['schema.graphql', 'access.graphql'].map((file) => join(__dirname, file));
