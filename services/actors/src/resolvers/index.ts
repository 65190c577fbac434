// The resolver map: every resolvers/<Type>.ts module exports only typed resolver objects named after their
// GraphQL type, so spreading the modules lists each type once (the `Resolvers` annotation checks each).
import type { Resolvers } from '../generated/resolvers';
import * as actor from './Actor';
import * as alliance from './Alliance';
import * as allianceStatistics from './AllianceStatistics';
import * as apiToken from './ApiToken';
import * as membership from './Membership';
import * as mutation from './Mutation';
import * as node from './Node';
import * as organisation from './Organisation';
import * as person from './Person';
import * as position from './Position';
import * as query from './Query';
import * as territory from './Territory';
import * as viewer from './Viewer';

export const resolvers: Resolvers = {
  ...query, ...mutation, ...actor, ...node, ...territory, ...organisation, ...person, ...position, ...alliance,
  ...membership, ...allianceStatistics, ...apiToken, ...viewer,
};
