import type { ConventionsContext } from '../context';
import { nextApplicationStatuses } from '../domain/applications/workflow';
import { visibleRecord } from '../domain/access';
import type { ApplicationRecord } from '../models/applications/schema';
import type { StatusChangeRecord } from '../models/shared/statusChange';
import { iso } from './format';

/** `<targetId>#seat-<n>` → n. */
const seatNumber = (a: ApplicationRecord) => (a.seatId ? Number(a.seatId.slice(a.seatId.lastIndexOf('-') + 1)) : null);

const common = {
  id: (a: ApplicationRecord) => a._id,
  territory: (a: ApplicationRecord) => ({ __typename: 'Territory', id: a.territoryId }),
  programme: (a: ApplicationRecord, _: unknown, { loaders }: ConventionsContext) => loaders.programme.load(a.programmeId),
  cohort: (a: ApplicationRecord, _: unknown, { loaders }: ConventionsContext) => (a.cohortId ? loaders.cohort.load(a.cohortId) : null),
  seatNumber,
};

export const Application = {
  ...common,
  nextStatuses: (a: ApplicationRecord) => nextApplicationStatuses(a.status),
  async waitlistPosition(a: ApplicationRecord, _: unknown, { loaders }: ConventionsContext) {
    if (a.status !== 'WAITLISTED') return null;
    const position = (await loaders.waitlists.load(a.targetId)).findIndex((w) => w._id === a._id);
    return position < 0 ? null : position + 1;
  },
  enrolment: (a: ApplicationRecord) => (a.status === 'ACCEPTED' ? a : null),
  submittedAt: (a: ApplicationRecord) => iso(a.createdAt),
  updatedAt: (a: ApplicationRecord) => iso(a.updatedAt),
};

export const ApplicationStatusChange = {
  at: (s: StatusChangeRecord<string>) => iso(s.at),
};

/** An enrolment is an accepted application seen publicly: who, where, since when. */
export const Enrolment = {
  ...common,
  enrolledAt: (a: ApplicationRecord) => iso(a.enrolledAt ?? a.updatedAt),
  application: (a: ApplicationRecord, _: unknown, { identity }: ConventionsContext) => visibleRecord(a, identity),
};
