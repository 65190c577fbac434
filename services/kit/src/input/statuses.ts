// A list filtered by status takes one `statuses` list; the single `status` stays, deprecated, until a
// later release removes it (README, API conventions). One reading of the two forms for every subgraph.

import { BadUserInputError } from '../errors';

/**
 * The statuses a list asks for: `statuses`, else the deprecated `status` (one value or a list), else
 * undefined (the list's default). Both at once is refused on `<prefix>statuses`, e.g. `filter.statuses`.
 */
export function requestedStatuses<S>(
  status: S | readonly S[] | null | undefined,
  statuses: readonly S[] | null | undefined,
  prefix = '',
): readonly S[] | undefined {
  if (status != null && statuses != null) {
    throw new BadUserInputError(`${prefix}statuses`, `Give \`${prefix}statuses\` or \`${prefix}status\`, not both.`);
  }
  if (statuses != null) return statuses;
  if (status == null) return undefined;
  return Array.isArray(status) ? (status as readonly S[]) : [status as S];
}
