// Which of an id list are this subgraph's records the caller may see, and of what type: the actors
// subgraph asks it to answer `node` and `nodes` (see its domain/nodes.ts). Each collection is read once
// for all the ids (loaders); a draft the caller may not see is null, as the `experience` query answers.
import type { KnowledgeContext } from '../context';
import { visibleOrNull } from './access';

const RECORD_ID = /^[0-9a-f]{24}$/;

export async function nodeTypes(ids: readonly string[], { loaders, identity }: KnowledgeContext): Promise<Array<string | null>> {
  return Promise.all(
    ids.map(async (id) => {
      // Theme ids are slugs; a 24-hexadecimal id may name any record (a slug of that form included).
      const record = RECORD_ID.test(id);
      const [experience, resource, journey, theme] = await Promise.all([
        record ? loaders.experience.load(id) : null,
        record ? loaders.resource.load(id) : null,
        record ? loaders.journey.load(id) : null,
        loaders.theme.load(id),
      ]);
      if (visibleOrNull(experience, identity)) return 'Experience';
      if (visibleOrNull(resource, identity)) return 'Resource';
      if (journey) return 'LearningJourney';
      if (theme) return 'Theme';
      return null;
    }),
  );
}
