// Programme rules are data (`ProgrammeRecord.rules`); this module is the only reader, and it never
// branches on the programme's kind: a rule that is null does not apply.
// - `minDays..maxDays`: the days a programme's work spans: training days (sessions) of a cohort,
//   audit days of a diagnostic.
// - `cycleMonths`: the longest a cohort's cycle may last.
// - `cohortCapacity`: a cohort's default and largest capacity.
// - `nationalCapacity`: territories supported at once through programme-level applications, and the
//   default and largest capacity of a cohort when the programme sets no cohortCapacity.
import { BadUserInputError } from '@fabrique/kit';
import type { CohortRecord, SessionRecord } from '../../models/cohorts/schema';
import type { ProgrammeRecord, ProgrammeRules } from '../../models/programmes/schema';
import { addMonths } from '../input';

const days = (rules: ProgrammeRules) =>
  rules.minDays === null && rules.maxDays === null ? 'any number of' : rules.minDays === rules.maxDays ? `${rules.minDays}` : `${rules.minDays ?? 0} to ${rules.maxDays ?? 'any'}`;

/** The largest capacity a cohort of this programme may have, if the programme limits it. */
const cohortCeiling = (rules: ProgrammeRules) => rules.cohortCapacity ?? rules.nationalCapacity;

/** The capacity of a new or edited cohort: the one asked for, within the programme's ceiling, or its default. */
export function cohortCapacity(programme: ProgrammeRecord, requested: number | null | undefined, field: string): number {
  const ceiling = cohortCeiling(programme.rules);
  const capacity = requested ?? ceiling;
  if (capacity == null) throw new BadUserInputError(field, `${programme.name} sets no cohort capacity: give one.`);
  if (!Number.isInteger(capacity) || capacity < 1) throw new BadUserInputError(field, 'A capacity is a whole number of territories, at least 1.');
  if (ceiling !== null && capacity > ceiling) {
    throw new BadUserInputError(field, `${programme.name} takes at most ${ceiling} territories per cohort.`, { max: ceiling });
  }
  return capacity;
}

/** A cohort's cycle lies within the programme's cycle length. */
export function checkCycle(programme: ProgrammeRecord, startsOn: string, endsOn: string, field: string): void {
  if (endsOn < startsOn) throw new BadUserInputError(field, 'A cohort cannot end before it starts.');
  const months = programme.rules.cycleMonths;
  if (months !== null && endsOn > addMonths(startsOn, months)) {
    throw new BadUserInputError(field, `A cycle of ${programme.name} lasts at most ${months} months: it must end by ${addMonths(startsOn, months)}.`, { max: months });
  }
}

/**
 * Sessions (training days) of a cohort: each within the cycle, one per day, and never more than the
 * programme's maxDays. Fewer than minDays is allowed while the schedule is being built; `ruleIssues`
 * reports it.
 */
export function checkSessions(programme: ProgrammeRecord, cohort: Pick<CohortRecord, 'startsOn' | 'endsOn'>, sessions: readonly SessionRecord[], field: string): void {
  const max = programme.rules.maxDays;
  if (max !== null && sessions.length > max) {
    throw new BadUserInputError(field, `${programme.name} has ${days(programme.rules)} days: a cohort holds at most ${max} sessions.`, { max });
  }
  const seen = new Set<string>();
  for (const session of sessions) {
    if (session.date < cohort.startsOn || session.date > cohort.endsOn) {
      throw new BadUserInputError(field, `The session of ${session.date} lies outside the cohort's cycle (${cohort.startsOn} to ${cohort.endsOn}).`);
    }
    if (seen.has(session.date)) throw new BadUserInputError(field, `Two sessions on ${session.date}: a session is one training day.`);
    seen.add(session.date);
  }
}

/** What a cohort does not meet yet (for dashboards); empty when it meets every rule. */
export function ruleIssues(programme: ProgrammeRecord, cohort: CohortRecord): string[] {
  const { minDays } = programme.rules;
  if (minDays !== null && cohort.sessions.length < minDays) {
    return [`${cohort.sessions.length} training day(s) planned; ${programme.name} has ${days(programme.rules)} days.`];
  }
  return [];
}

/** A diagnostic's audit days: distinct dates, within the programme's minDays..maxDays. */
export function checkAuditDays(programme: ProgrammeRecord, auditDays: readonly string[], field: string): void {
  const { minDays, maxDays } = programme.rules;
  if ((minDays !== null && auditDays.length < minDays) || (maxDays !== null && auditDays.length > maxDays)) {
    throw new BadUserInputError(field, `${programme.name} has ${days(programme.rules)} audit days; ${auditDays.length} given.`, { min: minDays, max: maxDays });
  }
  if (new Set(auditDays).size !== auditDays.length) throw new BadUserInputError(field, 'An audit day appears twice.');
}

/** How many territories a target (a cohort, or a programme applied to directly) holds at most; null: no limit. */
export function targetCapacity(programme: ProgrammeRecord, cohort: CohortRecord | null): number | null {
  return cohort ? cohort.capacity : programme.rules.nationalCapacity;
}
