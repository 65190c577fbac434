// Cohorts: their mutations (staff only), checked against their programme's rules (rules.ts).
import { BadUserInputError, LINE_TEXT, longText, newId, optionalText, requireChanges, requiredText } from '@fabrique/kit';
import type { ConventionsContext } from '../../context';
import type { AddCohortSessionInput, CohortSessionInput, CreateCohortInput, RemoveCohortSessionInput, UpdateCohortInput, UpdateCohortSessionInput } from '../../generated/resolvers';
import type { CohortRecord, SessionRecord } from '../../models/cohorts/schema';
import { authorOf, requireStaff } from '../access';
import { actorInput, distinct } from '../input';
import { programmeOrFail } from './programmes';
import { checkCycle, checkSessions, cohortCapacity, ruleIssues } from './rules';

function readSession(input: CohortSessionInput, field: string, id = newId()): SessionRecord {
  return { id, date: input.date, topic: requiredText(input.topic, `${field}.topic`, LINE_TEXT), place: requiredText(input.place, `${field}.place`, LINE_TEXT) };
}

function readPartners(partners: readonly string[], field: string): string[] {
  if (partners.length > 20) throw new BadUserInputError(field, 'A cohort has at most 20 partners.');
  const read = partners.map((p, i) => actorInput(p, `${field}.${i}`));
  distinct(read, field, (p) => p, 'Partner');
  return read;
}

const bySessionDate = (sessions: SessionRecord[]) => [...sessions].sort((a, b) => a.date.localeCompare(b.date));

export async function createCohort(input: CreateCohortInput, context: ConventionsContext, id: string = newId()): Promise<CohortRecord> {
  requireStaff(context.identity);
  const programme = await programmeOrFail(input.programme, 'input.programme', context);
  const startsOn = input.startsOn;
  const endsOn = input.endsOn;
  checkCycle(programme, startsOn, endsOn, 'input.endsOn');
  const sessions = bySessionDate((input.sessions ?? []).map((s, i) => readSession(s, `input.sessions.${i}`)));
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
    partnerIds: readPartners(input.partners ?? [], 'input.partners'),
    sessions,
    version: 1,
    createdAt: at,
    updatedAt: at,
  };
  // Seats are created free on first use (see domain/applications/seats.ts): a cohort is one document.
  return context.repositories.cohorts.create(cohort, authorOf(context.identity), 'created');
}

/**
 * Every change of a cohort: staff only, from the version the caller saw; rules checked on the result,
 * a breach named on `content` (the input field holding what changed, e.g. `input.changes`).
 */
async function editCohort(
  context: ConventionsContext,
  { id, expectedVersion, content }: { id: string; expectedVersion: number; content: string },
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
        checkCycle(programme, next.startsOn, next.endsOn, `${content}.endsOn`);
        checkSessions(programme, next, next.sessions, content);
      }
      return { ...next, sessions: bySessionDate(next.sessions), updatedAt: at };
    },
    authorOf(context.identity),
    note,
  );
}

export async function updateCohort({ id, expectedVersion, changes }: UpdateCohortInput, context: ConventionsContext) {
  requireStaff(context.identity);
  requireChanges(changes);
  const name = changes.name == null ? undefined : requiredText(changes.name, 'input.changes.name', LINE_TEXT);
  const description = changes.description === undefined ? undefined : optionalText(changes.description, 'input.changes.description', longText(5000));
  const startsOn = changes.startsOn ?? undefined;
  const endsOn = changes.endsOn ?? undefined;
  const partnerIds = changes.partners == null ? undefined : readPartners(changes.partners, 'input.changes.partners');
  const cohort = await context.loaders.cohort.load(id);
  const programme = cohort ? await context.loaders.programme.load(cohort.programmeId) : null;
  const capacity = changes.capacity == null || !programme ? undefined : cohortCapacity(programme, changes.capacity, 'input.changes.capacity');
  return editCohort(
    context,
    { id, expectedVersion, content: 'input.changes' },
    (current) => {
      // Lowering a capacity could leave accepted territories beyond it; seats are only ever added.
      if (capacity !== undefined && capacity < current.capacity) {
        throw new BadUserInputError('input.changes.capacity', `A cohort's capacity can only be raised (it is ${current.capacity}).`, { min: current.capacity });
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

export async function addCohortSession({ cohortId, expectedVersion, session: input }: AddCohortSessionInput, context: ConventionsContext) {
  requireStaff(context.identity);
  const session = readSession(input, 'input.session');
  return editCohort(
    context,
    { id: cohortId, expectedVersion, content: 'input.session' },
    (current) => ({ ...current, sessions: [...current.sessions, session] }),
    `session ${session.date} added`,
  );
}

/** Changes one session of a cohort (BAD_USER_INPUT on `input.sessionId` when the cohort has no such session). */
async function editSession(
  context: ConventionsContext,
  target: RemoveCohortSessionInput & { content: string },
  change: (sessions: SessionRecord[], session: SessionRecord) => SessionRecord[],
  note: string,
) {
  requireStaff(context.identity);
  return editCohort(
    context,
    { id: target.cohortId, expectedVersion: target.expectedVersion, content: target.content },
    (current) => {
      const session = current.sessions.find((s) => s.id === target.sessionId);
      if (!session) throw new BadUserInputError('input.sessionId', `The cohort has no session "${target.sessionId}".`);
      return { ...current, sessions: change(current.sessions, session) };
    },
    `session ${target.sessionId} ${note}`,
  );
}

export async function updateCohortSession({ changes, ...target }: UpdateCohortSessionInput, context: ConventionsContext) {
  requireChanges(changes);
  return editSession(context, { ...target, content: 'input.changes' }, (sessions, session) => {
    const next = readSession({ date: changes.date ?? session.date, topic: changes.topic ?? session.topic, place: changes.place ?? session.place }, 'input.changes', target.sessionId);
    return sessions.map((s) => (s.id === target.sessionId ? next : s));
  }, 'updated');
}

export async function removeCohortSession(target: RemoveCohortSessionInput, context: ConventionsContext) {
  return editSession(context, { ...target, content: 'input' }, (sessions) => sessions.filter((s) => s.id !== target.sessionId), 'removed');
}

/** What a cohort does not meet yet of its programme's rules (for dashboards). */
export async function cohortRuleIssues(cohort: CohortRecord, { loaders }: ConventionsContext): Promise<string[]> {
  const programme = await loaders.programme.load(cohort.programmeId);
  return programme ? ruleIssues(programme, cohort) : [];
}
