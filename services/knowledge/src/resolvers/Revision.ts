import { authoredChanges } from '../domain/publishing/service';
import type { RevisionContentResolvers, RevisionResolvers } from '../generated/resolvers';

export const Revision: RevisionResolvers = {
  at: (r) => new Date(r.at).toISOString(),
  changedFields: (r) => authoredChanges(r),
  content: (r) => r.snapshot,
};

// Snapshots written before a field existed lack it.
export const RevisionContent: RevisionContentResolvers = {
  territoryIds: (s) => (s.territoryIds as string[] | undefined) ?? [],
  themeIds: (s) => (s.themeIds as string[] | undefined) ?? [],
  authors: (s) => (s.authors as Array<{ name: string; role?: string | null }> | undefined) ?? [],
  outcomes: (s) => (s.outcomes as string[] | undefined) ?? [],
  lessons: (s) => (s.lessons as string[] | undefined) ?? [],
  summary: (s) => (s.summary as string | undefined) ?? '',
  body: (s) => (s.body as string | undefined) ?? '',
};
