import type { Resolvers } from '../generated/resolvers';
import { Actor, Organisation, Territory } from './Actor';
import { Application, ApplicationStatusChange, Enrolment } from './Application';
import { Cohort } from './Cohort';
import { Commitment, Convention, ConventionDocument, ConventionParty, ConventionStatusChange, Indicator, IndicatorValue, Milestone, Signatory } from './Convention';
import { Diagnostic } from './Diagnostic';
import { Mutation } from './Mutation';
import { Programme } from './Programme';
import { Query } from './Query';
import { ConventionStatistics } from './Statistics';

export const resolvers: Resolvers = {
  Query,
  Mutation,
  Actor,
  Territory,
  Organisation,
  Convention,
  ConventionParty,
  Signatory,
  ConventionDocument,
  ConventionStatusChange,
  Commitment,
  Milestone,
  Indicator,
  IndicatorValue,
  Programme,
  Cohort,
  Application,
  ApplicationStatusChange,
  Enrolment,
  Diagnostic,
  ConventionStatistics,
};
