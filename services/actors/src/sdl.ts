import { join } from 'node:path';

/** The actors subgraph's SDL files, in order: read by its server and by schema/'s composition. */
export const schemaPaths = [join(__dirname, 'schema.graphql'), join(__dirname, 'access', 'schema.graphql')];
