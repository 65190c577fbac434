// Which of an id list are this subgraph's records the caller may see, and of what type: the actors
// subgraph asks it to answer `node` and `nodes` (see its domain/nodes.ts). Each collection is read once
// for all the ids (loaders); what the caller may not see is null, as the type's own query answers.
import type { ConventionsContext } from '../context';
import { visibleRecord } from './access';

const RECORD_ID = /^[0-9a-f]{24}$/;

export async function nodeTypes(ids: readonly string[], { loaders, identity }: ConventionsContext): Promise<Array<string | null>> {
  return Promise.all(
    ids.map(async (id) => {
      if (!RECORD_ID.test(id)) return null;
      const [convention, programme, cohort, application, diagnostic] = await Promise.all([
        loaders.convention.load(id),
        loaders.programme.load(id),
        loaders.cohort.load(id),
        loaders.application.load(id),
        loaders.diagnostic.load(id),
      ]);
      if (convention) return 'Convention';
      if (programme) return 'Programme';
      if (cohort) return 'Cohort';
      if (visibleRecord(application, identity)) return 'Application';
      if (visibleRecord(diagnostic, identity)) return 'Diagnostic';
      return null;
    }),
  );
}
