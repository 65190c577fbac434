import { BadUserInputError, LINE_TEXT, longText, newId, optionalText, requiredText } from '@fabrique/kit';
import type { ConventionsContext } from '../context';
import type { CohortRecord, SessionRecord } from '../models/cohorts/schema';
import type { ProgrammeKind, ProgrammeRecord } from '../models/programmes/schema';
import { authorOf, requireStaff } from './access';
import { actorInput, distinct, isoDate } from './input';
import { checkCycle, checkSessions, cohortCapacity } from './programmeRules';

export interface SessionInput {
  date: string;
  topic: string;
  place: string;
}
export interface CohortInput {
  programme: ProgrammeKind;
  name: string;
  description?: string | null;
  startsOn: string;
  endsOn: string;
  capacity?: number | null;
  partners?: string[] | null;
  sessions?: SessionInput[] | null;
}
export type CohortUpdate = Partial<Omit<CohortInput, 'programme' | 'sessions'>>;

function readSession(field: string, input: SessionInput, id = newId()): SessionRecord {
  return { id, date: isoDate(`${field}.date`, input.date), topic: requiredText(input.topic, `${field}.topic`, LINE_TEXT), place: requiredText(input.place, `${field}.place`, LINE_TEXT) };
}

function readPartners(field: string, partners: readonly string[]): string[] {
  if (partners.length > 20) throw new BadUserInputError(field, 'A cohort has at most 20 partners.');
  const read = partners.map((p, i) => actorInput(`${field}.${i}`, p));
  distinct(field, read, (p) => p, 'Partner');
  return read;
}

const bySessionDate = (sessions: SessionRecord[]) => [...sessions].sort((a, b) => a.date.localeCompare(b.date));

export async function programmeOrFail(kind: ProgrammeKind, field: string, context: ConventionsContext): Promise<ProgrammeRecord> {
  const programme = await context.loaders.programmeByKind.load(kind);
  if (!programme) throw new BadUserInputError(field, `No programme ${kind}.`);
  return programme;
}

export async function createCohort(input: CohortInput, context: ConventionsContext, id: string = newId()): Promise<CohortRecord> {
  requireStaff(context.identity);
  const programme = await programmeOrFail(input.programme, 'input.programme', context);
  const startsOn = isoDate('input.startsOn', input.startsOn);
  const endsOn = isoDate('input.endsOn', input.endsOn);
  checkCycle(programme, startsOn, endsOn, 'input.endsOn');
  const sessions = bySessionDate((input.sessions ?? []).map((s, i) => readSession(`input.sessions.${i}`, s)));
  checkSessions(programme, { startsOn, endsOn }, sessions, 'input.sessions');
  const at = new Date();
  const cohort: CohortRecord = {
    _id: id,
    programmeId: programme._id,
    name: requiredText(input.name, 'input.name', LINE_TEXT),
    description: optionalText(input.description, 'input.description', longText(5000)),
    startsOn,
    endsOn,
    capacity: cohortCapacity(programme, input.capacity, 'input.capacity'),
    partnerIds: readPartners('input.partners', input.partners ?? []),
    sessions,
    version: 1,
    createdAt: at,
    updatedAt: at,
  };
  // Seats are created free on first use (see seats.ts): a cohort is one document.
  return context.repositories.cohorts.create(cohort, authorOf(context.identity), 'created');
}

/** Every change of a cohort: staff only, from the version the caller saw; rules checked on the result. */
async function editCohort(
  context: ConventionsContext,
  id: string,
  expectedVersion: number,
  change: (current: CohortRecord) => CohortRecord,
  note: string,
): Promise<CohortRecord> {
  requireStaff(context.identity);
  const cohort = await context.loaders.cohort.load(id);
  const programme = cohort ? await context.loaders.programme.load(cohort.programmeId) : null;
  const at = new Date();
  return context.repositories.cohorts.update(
    id,
    expectedVersion,
    (current) => {
      const next = change(current);
      if (programme) {
        checkCycle(programme, next.startsOn, next.endsOn, 'input.endsOn');
        checkSessions(programme, next, next.sessions, 'input');
      }
      return { ...next, sessions: bySessionDate(next.sessions), updatedAt: at };
    },
    authorOf(context.identity),
    note,
  );
}

export async function updateCohort(id: string, expectedVersion: number, input: CohortUpdate, context: ConventionsContext) {
  requireStaff(context.identity);
  const name = input.name == null ? undefined : requiredText(input.name, 'input.name', LINE_TEXT);
  const description = input.description === undefined ? undefined : optionalText(input.description, 'input.description', longText(5000));
  const startsOn = input.startsOn == null ? undefined : isoDate('input.startsOn', input.startsOn);
  const endsOn = input.endsOn == null ? undefined : isoDate('input.endsOn', input.endsOn);
  const partnerIds = input.partners == null ? undefined : readPartners('input.partners', input.partners);
  const cohort = await context.loaders.cohort.load(id);
  const programme = cohort ? await context.loaders.programme.load(cohort.programmeId) : null;
  const capacity = input.capacity == null || !programme ? undefined : cohortCapacity(programme, input.capacity, 'input.capacity');
  return editCohort(
    context,
    id,
    expectedVersion,
    (current) => {
      // Lowering a capacity could leave accepted territories beyond it; seats are only ever added.
      if (capacity !== undefined && capacity < current.capacity) {
        throw new BadUserInputError('input.capacity', `A cohort's capacity can only be raised (it is ${current.capacity}).`, { min: current.capacity });
      }
      return {
        ...current,
        name: name ?? current.name,
        description: description === undefined ? current.description : description,
        startsOn: startsOn ?? current.startsOn,
        endsOn: endsOn ?? current.endsOn,
        partnerIds: partnerIds ?? current.partnerIds,
        capacity: capacity ?? current.capacity,
      };
    },
    'updated',
  );
}

export async function addCohortSession(cohortId: string, expectedVersion: number, input: SessionInput, context: ConventionsContext) {
  requireStaff(context.identity);
  const session = readSession('input', input);
  return editCohort(context, cohortId, expectedVersion, (current) => ({ ...current, sessions: [...current.sessions, session] }), `session ${session.date} added`);
}

/** Changes one session of a cohort (BAD_USER_INPUT when the cohort has no such session). */
async function editSession(
  context: ConventionsContext,
  target: { cohortId: string; expectedVersion: number; sessionId: string },
  change: (sessions: SessionRecord[], session: SessionRecord) => SessionRecord[],
  note: string,
) {
  requireStaff(context.identity);
  return editCohort(
    context,
    target.cohortId,
    target.expectedVersion,
    (current) => {
      const session = current.sessions.find((s) => s.id === target.sessionId);
      if (!session) throw new BadUserInputError('sessionId', `The cohort has no session "${target.sessionId}".`);
      return { ...current, sessions: change(current.sessions, session) };
    },
    `session ${target.sessionId} ${note}`,
  );
}

export async function updateCohortSession(
  cohortId: string,
  expectedVersion: number,
  sessionId: string,
  input: Partial<SessionInput>,
  context: ConventionsContext,
) {
  return editSession(context, { cohortId, expectedVersion, sessionId }, (sessions, session) => {
    const next = readSession('input', { date: input.date ?? session.date, topic: input.topic ?? session.topic, place: input.place ?? session.place }, sessionId);
    return sessions.map((s) => (s.id === sessionId ? next : s));
  }, 'updated');
}

export async function removeCohortSession(cohortId: string, expectedVersion: number, sessionId: string, context: ConventionsContext) {
  return editSession(context, { cohortId, expectedVersion, sessionId }, (sessions) => sessions.filter((s) => s.id !== sessionId), 'removed');
}
