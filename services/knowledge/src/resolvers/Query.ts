import { readPage, toConnection } from '@fabrique/kit';
import type { KnowledgeContext } from '../context';
import { EXPERIENCE_ORDER, type ExperienceFilter } from '../models/experiences/repository';

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

/** Shared by Query.experiences, Territory.experiences and Organisation.experiences. */
export async function listExperiences(args: PageArgs, filter: ExperienceFilter, { repositories }: KnowledgeContext) {
  const page = readPage(args, EXPERIENCE_ORDER);
  const rows = await repositories.experiences.listPublished(filter, page);
  return toConnection(rows, page, () => repositories.experiences.countPublished(filter));
}

export const Query = {
  async experience(_: unknown, args: { id: string }, { loaders }: KnowledgeContext) {
    const experience = await loaders.experience.load(args.id);
    return experience?.status === 'PUBLISHED' ? experience : null;
  },
  experiences: (_: unknown, args: PageArgs & { territory?: string | null }, context: KnowledgeContext) =>
    listExperiences(args, { territoryId: args.territory ?? null }, context),
};
