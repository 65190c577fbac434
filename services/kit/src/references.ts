import { BadUserInputError, NotFoundError, type PlatformError } from './errors';
import { stableId } from './ids';
import { parseTerritoryId, territoryHierarchy } from './territories';

/**
 * Ids that name other records, checked with one wording for each mistake in every subgraph.
 * Where an id is used decides the code when it names nothing:
 * - `argument` (a list's filter or parent): NOT_FOUND, as an empty list would hide the mistake;
 * - `input` (a field of a write): BAD_USER_INPUT, the write being invalid.
 * A malformed id is BAD_USER_INPUT either way. `extensions.field` is the argument's path.
 */
export type ReferenceUse = 'argument' | 'input';

const EXPECTED = {
  territory: 'a territory id such as "DEPARTEMENT:63" or "COMMUNE:63113"',
  actor: 'a territory id such as "DEPARTEMENT:63" or an organisation id (24 hexadecimal characters)',
  record: 'an id of 24 hexadecimal characters',
} as const;

export function malformedId(field: string, expected: keyof typeof EXPECTED): BadUserInputError {
  return new BadUserInputError(field, `${field} must be ${EXPECTED[expected]}.`);
}

/** `what` is the kind of record, capitalised (`Territory`, `Theme`, `Cohort`). */
export function unknownReference(field: string, what: string, id: string, use: ReferenceUse = 'argument'): PlatformError {
  return use === 'argument' ? new NotFoundError(what, id, field) : new BadUserInputError(field, `${what} "${id}" does not exist.`, { id });
}

const RECORD_ID = /^[0-9a-f]{24}$/;

/**
 * The one refusal of a bad territory id, wherever it is named (a list argument, `territory(id:)`, a
 * write's territory or actor, a position's holder): malformed, or naming no (current) territory. Every
 * subgraph refuses territory ids through this function or checkTerritoryId, so each mistake has one wording.
 */
export function badTerritoryId(field: string, value: string, use: ReferenceUse = 'argument'): PlatformError {
  return parseTerritoryId(value) ? unknownReference(field, 'Territory', value, use) : malformedId(field, 'territory');
}

/** A territory of the official reference data (the kit's copy: no subgraph reads another's collections). */
export function checkTerritoryId(field: string, value: string, use: ReferenceUse = 'argument'): string {
  if (!parseTerritoryId(value) || !territoryHierarchy().has(value)) throw badTerritoryId(field, value, use);
  return value;
}

/** An id of our own records (organisations, conventions, cohorts...): its form only. */
export function checkRecordId(field: string, value: string): string {
  if (!RECORD_ID.test(value)) throw malformedId(field, 'record');
  return value;
}

/**
 * An actor: a territory (checked against the reference data) or an organisation. Outside the actors
 * subgraph an organisation id is checked for its form only: its records are that subgraph's.
 */
export function checkActorId(field: string, value: string, use: ReferenceUse = 'argument'): string {
  if (value.includes(':')) return checkTerritoryId(field, value, use);
  if (!RECORD_ID.test(value)) throw malformedId(field, 'actor');
  return value;
}

/** The Fabrique's four programmes: fixed, each with a stable id, so every subgraph knows them. */
export const PROGRAMME_KINDS = ['INITIATION_DAY', 'SHORT_DIAGNOSTIC', 'PILOT_COHORT', 'EXPERIMENTAL_SUPPORT'] as const;
export type ProgrammeKindName = (typeof PROGRAMME_KINDS)[number];

export const programmeIdOf = (kind: ProgrammeKindName): string => stableId('programme', kind);

const PROGRAMME_IDS = new Set(PROGRAMME_KINDS.map(programmeIdOf));

export function checkProgrammeId(field: string, value: string, use: ReferenceUse = 'argument'): string {
  checkRecordId(field, value);
  if (!PROGRAMME_IDS.has(value)) throw unknownReference(field, 'Programme', value, use);
  return value;
}
