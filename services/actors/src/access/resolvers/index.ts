import { ApiToken } from './ApiToken';
import { Mutation } from './Mutation';
import { Query } from './Query';
import { Viewer } from './Viewer';

/** The access module's resolvers, merged type by type with the actors subgraph's own. */
export const accessResolvers = { Query, Mutation, ApiToken, Viewer };
