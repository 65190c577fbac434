// Conventions: their mutations (staff only, each from the version the caller saw) and what lists and
// fields derive from a convention (its filter fields, its commitments in order).
import { BadUserInputError, httpUrl, LINE_TEXT, longText, newId, optionalText, parseTerritoryId, requireChanges, requiredText, territoryScope, today } from '@fabrique/kit';
import type { ConventionsContext } from '../../context';
import type {
  CommitmentInput,
  ConventionDocumentInput,
  ConventionPartyInput,
  CreateConventionInput,
  IndicatorInput,
  MilestoneInput,
  MutationAddCommitmentArgs,
  MutationAddConventionDocumentArgs,
  MutationAddIndicatorArgs,
  MutationAddMilestoneArgs,
  MutationChangeConventionStatusArgs,
  MutationRecordIndicatorValueArgs,
  MutationRemoveConventionDocumentArgs,
  MutationUpdateCommitmentArgs,
  MutationUpdateConventionArgs,
  MutationUpdateMilestoneArgs,
  SignatoryInput,
} from '../../generated/resolvers';
import type {
  CommitmentRecord,
  ConventionParty,
  ConventionRecord,
  DocumentRecord,
  IndicatorRecord,
  MilestoneRecord,
  SignatoryRecord,
} from '../../models/conventions/schema';
import type { ProgrammeKind } from '../../models/programmes/schema';
import { authorOf, requireStaff } from '../access';
import { actorInput, distinct, finiteNumber, orderedDates } from '../input';
import { programmeOrFail } from '../programmes/programmes';
import { moveConvention } from './lifecycle';

function readParties(parties: readonly ConventionPartyInput[], field: string): ConventionParty[] {
  if (parties.length === 0) throw new BadUserInputError(field, 'A convention has at least one party.');
  if (parties.length > 20) throw new BadUserInputError(field, 'A convention has at most 20 parties.');
  const read = parties.map((p, i) => ({ actorId: actorInput(p.actorId, `${field}.${i}.actorId`), role: requiredText(p.role, `${field}.${i}.role`, 200) }));
  distinct(read, field, (p) => p.actorId, 'Party');
  return read;
}

function readSignatories(signatories: readonly SignatoryInput[], field: string, parties: readonly ConventionParty[]): SignatoryRecord[] {
  if (signatories.length > 40) throw new BadUserInputError(field, 'A convention has at most 40 signatories.');
  return signatories.map((s, i) => {
    if (!parties.some((p) => p.actorId === s.onBehalfOf)) {
      throw new BadUserInputError(`${field}.${i}.onBehalfOf`, `A signatory signs on behalf of one of the convention's parties; "${s.onBehalfOf}" is not one.`);
    }
    return { name: requiredText(s.name, `${field}.${i}.name`, 200), title: requiredText(s.title, `${field}.${i}.title`, 200), actorId: s.onBehalfOf, signedOn: s.signedOn ?? null };
  });
}

function readDocument(d: ConventionDocumentInput, field: string, at: Date): DocumentRecord {
  return { id: newId(), title: requiredText(d.title, `${field}.title`, LINE_TEXT), url: httpUrl(d.url, `${field}.url`), kind: d.kind ?? 'OTHER', addedAt: at };
}

function readMilestone(m: MilestoneInput, field: string): MilestoneRecord {
  return { id: newId(), title: requiredText(m.title, `${field}.title`, LINE_TEXT), dueOn: m.dueOn ?? null, doneOn: m.doneOn ?? null };
}

function readIndicator(i: IndicatorInput, field: string): IndicatorRecord {
  const baseline = finiteNumber(i.baseline ?? 0, `${field}.baseline`);
  return { id: newId(), label: requiredText(i.label, `${field}.label`, LINE_TEXT), unit: requiredText(i.unit, `${field}.unit`, 50), baseline, target: finiteNumber(i.target, `${field}.target`), values: [] };
}

function readCommitment(c: CommitmentInput, field: string, number: number): CommitmentRecord {
  const milestones = c.milestones ?? [];
  const indicators = c.indicators ?? [];
  if (milestones.length > 50) throw new BadUserInputError(`${field}.milestones`, 'A commitment has at most 50 milestones.');
  if (indicators.length > 20) throw new BadUserInputError(`${field}.indicators`, 'A commitment has at most 20 indicators.');
  return {
    number,
    title: requiredText(c.title, `${field}.title`, LINE_TEXT),
    description: requiredText(c.description, `${field}.description`, longText(5000)),
    milestones: milestones.map((m, i) => readMilestone(m, `${field}.milestones.${i}`)),
    indicators: indicators.map((ind, i) => readIndicator(ind, `${field}.indicators.${i}`)),
  };
}

/** The fields lists filter on, derived from the parties (exported for the benchmark dataset). */
export function withDerived(record: ConventionRecord): ConventionRecord {
  const actorIds = record.parties.map((p) => p.actorId);
  const territories = actorIds.filter((id) => parseTerritoryId(id));
  return { ...record, partyIds: actorIds, territoryScope: territoryScope(territories), organisationIds: actorIds.filter((id) => !parseTerritoryId(id)) };
}

/** A convention's commitments by number. */
export const commitmentsInOrder = (convention: ConventionRecord): CommitmentRecord[] => [...convention.commitments].sort((a, b) => a.number - b.number);

export const commitmentNumbered = (convention: ConventionRecord, number: number): CommitmentRecord | null => convention.commitments.find((c) => c.number === number) ?? null;

async function programmeIdOf(kind: ProgrammeKind | null | undefined, field: string, context: ConventionsContext): Promise<string | null> {
  return kind == null ? null : (await programmeOrFail(kind, field, context))._id;
}

export async function createConvention(input: CreateConventionInput, context: ConventionsContext, id: string = newId()): Promise<ConventionRecord> {
  requireStaff(context.identity);
  const at = new Date();
  const parties = readParties(input.parties, 'input.parties');
  const startsOn = input.startsOn ?? null;
  const endsOn = input.endsOn ?? null;
  orderedDates(startsOn, 'input.startsOn', endsOn, 'input.endsOn');
  const commitments = input.commitments ?? [];
  if (commitments.length > 30) throw new BadUserInputError('input.commitments', 'A convention has at most 30 commitments.');
  const record: ConventionRecord = withDerived({
    _id: id,
    title: requiredText(input.title, 'input.title', LINE_TEXT),
    summary: optionalText(input.summary, 'input.summary', longText(5000)),
    status: 'IN_PREPARATION',
    programmeId: await programmeIdOf(input.programme, 'input.programme', context),
    signedOn: null,
    startsOn,
    endsOn,
    parties,
    signatories: readSignatories(input.signatories ?? [], 'input.signatories', parties),
    documents: (input.documents ?? []).map((d, i) => readDocument(d, `input.documents.${i}`, at)),
    commitments: commitments.map((c, i) => readCommitment(c, `input.commitments.${i}`, i + 1)),
    statusHistory: [{ from: null, to: 'IN_PREPARATION', at, effectiveOn: null, by: authorOf(context.identity), note: null }],
    partyIds: [],
    territoryScope: [],
    organisationIds: [],
    version: 1,
    createdAt: at,
    updatedAt: at,
  });
  return context.repositories.conventions.create(record, authorOf(context.identity), 'created');
}

/**
 * Every change of an existing convention: staff only, from the version the caller saw
 * (`expectedVersion`, else CONFLICT with the current version); `change` validates against the current
 * record and may throw before anything is written. One revision per version is kept.
 */
async function editConvention(
  context: ConventionsContext,
  id: string,
  expectedVersion: number,
  change: (current: ConventionRecord, at: Date) => ConventionRecord,
  note: string,
): Promise<ConventionRecord> {
  requireStaff(context.identity);
  const at = new Date();
  return context.repositories.conventions.update(
    id,
    expectedVersion,
    (current) => withDerived({ ...change(current, at), updatedAt: at }),
    authorOf(context.identity),
    note,
  );
}

export async function updateConvention({ input: { id, expectedVersion, changes } }: MutationUpdateConventionArgs, context: ConventionsContext) {
  requireStaff(context.identity);
  requireChanges(changes);
  const title = changes.title === undefined ? undefined : requiredText(changes.title ?? '', 'input.changes.title', LINE_TEXT);
  const summary = changes.summary === undefined ? undefined : optionalText(changes.summary, 'input.changes.summary', longText(5000));
  const parties = changes.parties == null ? undefined : readParties(changes.parties, 'input.changes.parties');
  const startsOn = changes.startsOn;
  const endsOn = changes.endsOn;
  const programmeId = changes.programme === undefined ? undefined : await programmeIdOf(changes.programme, 'input.changes.programme', context);
  return editConvention(
    context,
    id,
    expectedVersion,
    (current) => {
      const next = { ...current };
      if (title !== undefined) next.title = title;
      if (summary !== undefined) next.summary = summary;
      if (startsOn !== undefined) next.startsOn = startsOn;
      if (endsOn !== undefined) next.endsOn = endsOn;
      if (programmeId !== undefined) next.programmeId = programmeId;
      if (parties) next.parties = parties;
      orderedDates(next.startsOn, 'input.changes.startsOn', next.endsOn, 'input.changes.endsOn');
      if (changes.signatories != null) next.signatories = readSignatories(changes.signatories, 'input.changes.signatories', next.parties);
      else if (parties && next.signatories.some((s) => !parties.some((p) => p.actorId === s.actorId))) {
        throw new BadUserInputError('input.changes.parties', 'A party that has signatories cannot be removed: update the signatories too.');
      }
      return next;
    },
    'updated',
  );
}

export async function changeConventionStatus({ input: args }: MutationChangeConventionStatusArgs, context: ConventionsContext) {
  requireStaff(context.identity);
  const effectiveOn = args.effectiveOn ?? null;
  const note = optionalText(args.note, 'input.note', longText(2000));
  return editConvention(
    context,
    args.id,
    args.expectedVersion,
    (current, at) => moveConvention(current, args.status, { effectiveOn, note, at, by: authorOf(context.identity), today: today(at) }),
    `status ${args.status}`,
  );
}

export async function addConventionDocument({ input: { id, expectedVersion, document: input } }: MutationAddConventionDocumentArgs, context: ConventionsContext) {
  requireStaff(context.identity);
  const document = readDocument(input, 'input.document', new Date());
  return editConvention(context, id, expectedVersion, (current) => {
    if (current.documents.length >= 100) throw new BadUserInputError('input.document', 'A convention holds at most 100 documents.');
    return { ...current, documents: [...current.documents, document] };
  }, 'document added');
}

export async function removeConventionDocument({ input: { id, expectedVersion, documentId } }: MutationRemoveConventionDocumentArgs, context: ConventionsContext) {
  return editConvention(context, id, expectedVersion, (current) => {
    if (!current.documents.some((d) => d.id === documentId)) throw new BadUserInputError('input.documentId', `The convention has no document "${documentId}".`);
    return { ...current, documents: current.documents.filter((d) => d.id !== documentId) };
  }, 'document removed');
}

/** Applies `change` to one commitment (by number), or BAD_USER_INPUT when it does not exist. */
function onCommitment(current: ConventionRecord, number: number, field: string, change: (c: CommitmentRecord) => CommitmentRecord): ConventionRecord {
  if (!current.commitments.some((c) => c.number === number)) throw new BadUserInputError(field, `The convention has no commitment number ${number}.`);
  return { ...current, commitments: current.commitments.map((c) => (c.number === number ? change(c) : c)) };
}

/** Applies `change` to the commitment holding the item, or BAD_USER_INPUT when no commitment holds it. */
function onItem(
  current: ConventionRecord,
  list: 'milestones' | 'indicators',
  itemId: string,
  field: string,
  change: (c: CommitmentRecord) => CommitmentRecord,
): ConventionRecord {
  const holder = current.commitments.find((c) => (c[list] as Array<{ id: string }>).some((item) => item.id === itemId));
  if (!holder) throw new BadUserInputError(field, `The convention has no ${list === 'milestones' ? 'milestone' : 'indicator'} "${itemId}".`);
  return onCommitment(current, holder.number, field, change);
}

export async function addCommitment({ input: { conventionId, expectedVersion, commitment: input } }: MutationAddCommitmentArgs, context: ConventionsContext) {
  return editConvention(context, conventionId, expectedVersion, (current) => {
    if (current.commitments.length >= 30) throw new BadUserInputError('input.commitment', 'A convention has at most 30 commitments.');
    const number = Math.max(0, ...current.commitments.map((c) => c.number)) + 1;
    return { ...current, commitments: [...current.commitments, readCommitment(input, 'input.commitment', number)] };
  }, 'commitment added');
}

export async function updateCommitment({ input: { conventionId, expectedVersion, number, changes } }: MutationUpdateCommitmentArgs, context: ConventionsContext) {
  requireStaff(context.identity);
  requireChanges(changes);
  const title = changes.title == null ? undefined : requiredText(changes.title, 'input.changes.title', LINE_TEXT);
  const description = changes.description == null ? undefined : requiredText(changes.description, 'input.changes.description', longText(5000));
  return editConvention(context, conventionId, expectedVersion, (current) =>
    onCommitment(current, number, 'input.number', (c) => ({ ...c, title: title ?? c.title, description: description ?? c.description })), `commitment ${number} updated`);
}

/** Appends a milestone or an indicator to a commitment (within the commitment's limit). */
async function addToCommitment<K extends 'milestones' | 'indicators'>(
  context: ConventionsContext,
  target: { conventionId: string; expectedVersion: number; commitmentNumber: number },
  list: K,
  item: CommitmentRecord[K][number],
  max: number,
) {
  return editConvention(context, target.conventionId, target.expectedVersion, (current) =>
    onCommitment(current, target.commitmentNumber, 'input.commitmentNumber', (c) => {
      if (c[list].length >= max) throw new BadUserInputError(list === 'milestones' ? 'input.milestone' : 'input.indicator', `A commitment has at most ${max} ${list}.`);
      return { ...c, [list]: [...c[list], item] };
    }), `${list === 'milestones' ? 'milestone' : 'indicator'} added to commitment ${target.commitmentNumber}`);
}

export async function addMilestone({ input }: MutationAddMilestoneArgs, context: ConventionsContext) {
  requireStaff(context.identity);
  return addToCommitment(context, input, 'milestones', readMilestone(input.milestone, 'input.milestone'), 50);
}

/** Title, due date and done date of a milestone; `doneOn: null` reopens it. */
export async function updateMilestone({ input: { conventionId, expectedVersion, milestoneId, changes } }: MutationUpdateMilestoneArgs, context: ConventionsContext) {
  requireStaff(context.identity);
  requireChanges(changes);
  const title = changes.title == null ? undefined : requiredText(changes.title, 'input.changes.title', LINE_TEXT);
  const dueOn = changes.dueOn;
  const doneOn = changes.doneOn;
  return editConvention(context, conventionId, expectedVersion, (current) =>
    onItem(current, 'milestones', milestoneId, 'input.milestoneId', (c) => ({
      ...c,
      milestones: c.milestones.map((m) =>
        m.id === milestoneId ? { ...m, title: title ?? m.title, dueOn: dueOn === undefined ? m.dueOn : dueOn, doneOn: doneOn === undefined ? m.doneOn : doneOn } : m,
      ),
    })), `milestone ${milestoneId} updated`);
}

export async function addIndicator({ input }: MutationAddIndicatorArgs, context: ConventionsContext) {
  requireStaff(context.identity);
  return addToCommitment(context, input, 'indicators', readIndicator(input.indicator, 'input.indicator'), 20);
}

/** Appends a measured value to an indicator's history (the current value is the latest measured). */
export async function recordIndicatorValue({ input: args }: MutationRecordIndicatorValueArgs, context: ConventionsContext) {
  requireStaff(context.identity);
  const value = finiteNumber(args.value, 'input.value');
  const measuredOn = args.measuredOn;
  const note = optionalText(args.note, 'input.note', longText(2000));
  return editConvention(context, args.conventionId, args.expectedVersion, (current, at) =>
    onItem(current, 'indicators', args.indicatorId, 'input.indicatorId', (c) => ({
      ...c,
      indicators: c.indicators.map((ind) => {
        if (ind.id !== args.indicatorId) return ind;
        if (ind.values.length >= 1000) throw new BadUserInputError('input.indicatorId', 'This indicator already holds 1000 values.');
        return { ...ind, values: [...ind.values, { value, measuredOn, recordedAt: at, recordedBy: authorOf(context.identity), note }] };
      }),
    })), `indicator ${args.indicatorId} measured`);
}
