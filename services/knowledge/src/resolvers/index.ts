import { Actor, Convention, Organisation, Programme, Territory } from './Actor';
import { Experience } from './Experience';
import { JourneyRegistration, LearningJourney, Visit } from './LearningJourney';
import { Mutation } from './Mutation';
import { Query } from './Query';
import { Resource } from './Resource';
import { Revision, RevisionContent } from './Revision';
import { KnowledgeItem, KnowledgeSearchHit } from './Search';
import { KnowledgeStatistics } from './Statistics';
import { Theme } from './Theme';
import type { Resolvers } from '../generated/resolvers';

export const resolvers: Resolvers = {
  Query,
  Mutation,
  Actor,
  Territory,
  Organisation,
  Convention,
  Programme,
  Experience,
  Resource,
  Revision,
  RevisionContent,
  Theme,
  LearningJourney,
  Visit,
  JourneyRegistration,
  KnowledgeSearchHit,
  KnowledgeItem,
  KnowledgeStatistics,
};
