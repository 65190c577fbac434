// The resolver map: every resolvers/<Type>.ts module exports only typed resolver objects named after their
// GraphQL type, so spreading the modules lists each type once (the `Resolvers` annotation checks each).
import type { Resolvers } from '../generated/resolvers';
import * as actor from './Actor';
import * as application from './Application';
import * as cohort from './Cohort';
import * as convention from './Convention';
import * as diagnostic from './Diagnostic';
import * as mutation from './Mutation';
import * as programme from './Programme';
import * as query from './Query';
import * as statistics from './Statistics';

export const resolvers: Resolvers = {
  ...query, ...mutation, ...actor, ...convention, ...programme, ...cohort, ...application, ...diagnostic,
  ...statistics,
};
