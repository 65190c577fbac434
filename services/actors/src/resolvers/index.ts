import type { Resolvers } from '../generated/resolvers';
import { Actor } from './Actor';
import { Alliance } from './Alliance';
import { AllianceRegionCount, AllianceRegionEngagement } from './AllianceStatistics';
import { ApiToken } from './ApiToken';
import { Membership } from './Membership';
import { Mutation } from './Mutation';
import { Node } from './Node';
import { Organisation } from './Organisation';
import { Person } from './Person';
import { Position, PositionHolder } from './Position';
import { Query } from './Query';
import { Territory } from './Territory';
import { Viewer } from './Viewer';

export const resolvers: Resolvers = {
  Query,
  Mutation,
  Actor,
  Node,
  Territory,
  Organisation,
  Person,
  Position,
  PositionHolder,
  Alliance,
  Membership,
  AllianceRegionCount,
  AllianceRegionEngagement,
  ApiToken,
  Viewer,
};
