// The resolver map: every resolvers/<Type>.ts module exports only typed resolver objects named after their
// GraphQL type, so spreading the modules lists each type once (the `Resolvers` annotation checks each).
import type { Resolvers } from '../generated/resolvers';
import * as actor from './Actor';
import * as experience from './Experience';
import * as learningJourney from './LearningJourney';
import * as mutation from './Mutation';
import * as query from './Query';
import * as resource from './Resource';
import * as revision from './Revision';
import * as search from './Search';
import * as statistics from './Statistics';
import * as theme from './Theme';

export const resolvers: Resolvers = {
  ...query, ...mutation, ...actor, ...experience, ...resource, ...revision, ...theme, ...learningJourney,
  ...search, ...statistics,
};
