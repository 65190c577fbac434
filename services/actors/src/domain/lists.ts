// List filters built from arguments: periods that have not ended (memberships, positions), the date
// and territory arguments of lists, population ranges.
import { BadUserInputError, checkTerritoryId, today } from '@fabrique/kit';

/** Whether a period (memberships, positions) has not ended by `day`. */
export const notEnded = (p: { until: string | null }, day = today()) => p.until == null || day < p.until;

/** A period (a membership) is current at a date from its `since` (included) to its `until` (excluded). */
export const activeAt = (p: { since: string; until: string | null }, at: string) => p.since <= at && (p.until == null || at < p.until);

/** Keeps the ended items of a list only when asked. */
export const unlessEnded = <T extends { until: string | null }>(items: T[], includeEnded: boolean | null | undefined) =>
  includeEnded ? items : items.filter((item) => notEnded(item));

/** A date argument (`at`; its form checked by the Date scalar), today when left out. */
export const dateArgument = (value: string | null | undefined) => value ?? today();

/** A list filter's `within`: a territory of the reference data (NOT_FOUND otherwise, not an empty list). */
export const territoryArgument = (value: string | null | undefined, field = 'filter.within'): string | null =>
  value == null ? null : checkTerritoryId(field, value);

/** A list filter's `minPopulation` and `maxPopulation`: not negative, and in that order. */
export function populationRange(filter: { minPopulation?: number | null; maxPopulation?: number | null }): void {
  for (const field of ['minPopulation', 'maxPopulation'] as const) {
    const value = filter[field];
    if (value != null && value < 0) throw new BadUserInputError(`filter.${field}`, `${field} cannot be negative.`);
  }
  if (filter.minPopulation != null && filter.maxPopulation != null && filter.minPopulation > filter.maxPopulation) {
    throw new BadUserInputError('filter.maxPopulation', 'maxPopulation is below minPopulation.');
  }
}
