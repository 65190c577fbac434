import { join } from 'node:path';

/** The conventions subgraph's SDL files, in order: read by its server and by schema/'s composition. */
export const schemaPaths = ['schema.graphql', 'programmes.graphql', 'diagnostics.graphql', 'statistics.graphql'].map((file) => join(__dirname, file));
