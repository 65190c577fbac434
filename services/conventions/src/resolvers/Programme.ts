import { listOrEmpty, statusIn, visible } from '../domain/lists';
import type { ProgrammeResolvers } from '../generated/resolvers';
import { APPLICATION_ORDER } from '../models/applications/repository';

export const Programme: ProgrammeResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.programme.load(ref.id),
  id: (p) => p._id,
  cohorts: (p, args, { loaders }) => loaders.cohortLists.connection(p._id, { field: 'programmeId', array: false, filter: {} }, args),
  applications: (p, args, { identity, loaders }) =>
    listOrEmpty(visible(identity, statusIn(args.filter ?? {})), args, APPLICATION_ORDER, (filter) =>
      loaders.applicationLists.connection(p._id, { field: 'programmeId', array: false, filter }, args),
    ),
  enrolments: (p, args, { loaders }) => loaders.enrolmentLists.connection(p._id, { field: 'programmeId', array: false, filter: { status: 'ACCEPTED' } }, args),
};
