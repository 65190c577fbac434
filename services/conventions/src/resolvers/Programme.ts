import type { PageArgs } from '@fabrique/kit';
import type { ConventionsContext } from '../context';
import { emptyConnection } from '@fabrique/kit';
import { APPLICATION_ORDER } from '../models/applications/repository';
import type { ApplicationStatus } from '../models/applications/schema';
import type { ProgrammeRecord } from '../models/programmes/schema';
import { statusIn, visible, type StatusArgs } from './filters';

export const Programme = {
  __resolveReference: (ref: { id: string }, { loaders }: ConventionsContext) => loaders.programme.load(ref.id),
  id: (p: ProgrammeRecord) => p._id,
  cohorts: (p: ProgrammeRecord, args: PageArgs, { loaders }: ConventionsContext) =>
    loaders.cohortLists.connection(p._id, { field: 'programmeId', array: false, filter: {} }, args),
  applications(p: ProgrammeRecord, args: PageArgs & StatusArgs<ApplicationStatus>, { identity, loaders }: ConventionsContext) {
    const filter = visible(identity, statusIn(args));
    return filter
      ? loaders.applicationLists.connection(p._id, { field: 'programmeId', array: false, filter }, args)
      : emptyConnection(args, APPLICATION_ORDER);
  },
  enrolments: (p: ProgrammeRecord, args: PageArgs, { loaders }: ConventionsContext) =>
    loaders.enrolmentLists.connection(p._id, { field: 'programmeId', array: false, filter: { status: 'ACCEPTED' } }, args),
};
