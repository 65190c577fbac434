import type { RevisionRecord } from '@fabrique/kit';

/** Fields derived from others (search index, scopes, sort keys): not what an author changed. */
const DERIVED = new Set(['terms', 'termStats', 'territoryScope', 'themeScope', 'listedAt', 'publishedMonth', 'updatedAt']);

export const Revision = {
  at: (r: RevisionRecord) => new Date(r.at).toISOString(),
  changedFields: (r: RevisionRecord) => r.changedFields.filter((f) => !DERIVED.has(f)),
  content: (r: RevisionRecord) => r.snapshot,
};

export const RevisionContent = {
  territoryIds: (s: Record<string, unknown>) => s.territoryIds ?? [],
  themeIds: (s: Record<string, unknown>) => s.themeIds ?? [],
  authors: (s: Record<string, unknown>) => s.authors ?? [],
  outcomes: (s: Record<string, unknown>) => s.outcomes ?? [],
  lessons: (s: Record<string, unknown>) => s.lessons ?? [],
  summary: (s: Record<string, unknown>) => s.summary ?? '',
  body: (s: Record<string, unknown>) => s.body ?? '',
};
