// A list filtered by status takes one `statuses` list (README, API conventions): one reading of it for
// every subgraph, so the same mistake gets the same answer everywhere.

import { BadUserInputError } from '../errors';

/**
 * The statuses a list asks for, each once, or undefined when `statuses` is absent (the list's default).
 * An empty list would select nothing, which no caller means: it is refused on `field` (e.g. `filter.statuses`).
 */
export function requestedStatuses<S>(statuses: readonly S[] | null | undefined, field = 'statuses'): readonly S[] | undefined {
  if (statuses == null) return undefined;
  if (statuses.length === 0) {
    throw new BadUserInputError(field, `Give at least one status in \`${field}\`, or leave it out for the list's default.`);
  }
  return [...new Set(statuses)];
}
