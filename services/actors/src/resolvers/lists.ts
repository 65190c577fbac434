import { checkTerritoryId } from '@fabrique/kit';
import { isoDate, today } from '../input';

/** Whether a period (memberships, positions) has not ended by `day`. */
export const notEnded = (p: { until: string | null }, day = today()) => p.until == null || day < p.until;

/** Keeps the ended items of a list only when asked. */
export const unlessEnded = <T extends { until: string | null }>(items: T[], includeEnded: boolean | null | undefined) =>
  includeEnded ? items : items.filter((item) => notEnded(item));

/** A date argument (`at`), today when left out. */
export const dateArgument = (value: string | null | undefined, field: string) => (value == null ? today() : isoDate(value, field));

/** A `within` argument: a territory of the reference data (NOT_FOUND otherwise, not an empty list). */
export const territoryArgument = (value: string | null | undefined, field = 'within'): string | null =>
  value == null ? null : checkTerritoryId(field, value);
