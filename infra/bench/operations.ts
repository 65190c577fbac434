// The GraphQL operations the workloads send, read from the gateway's operation files (one source for
// the playground, the safelist, the README and the benchmark): the registered operations clients are
// given (ExploreTerritory, CreateExperience, SubmitExperience) and the bench's own, in
// gateway/operations/bench/. The gateway's tests validate every file against the supergraph; the bench
// test checks what the workloads send with their variables.
import { readOperations } from '@fabrique/gateway';

/** The named operation of a file, as the document sent for it; a missing one stops the bench at once. */
function operation(file: string, name: string): string {
  const body = readOperations(file)[name];
  if (!body) throw new Error(`gateway/operations/${file} has no operation named ${name}`);
  return body;
}

/** Dashboard: every statistic of a région or département (or all of France), across the three subgraphs. */
export const DASHBOARD_STATISTICS = operation('bench/DashboardStatistics.graphql', 'DashboardStatistics');

/** Dashboard: one programme's cohorts and experiences, and its conventions with their parties and experiences (nested lists). */
export const DASHBOARD_PROGRAMME = operation('bench/DashboardProgramme.graphql', 'DashboardProgramme');

/** Exploring: the playground's territory page (where it sits, what is inside, its conventions and its experiences). */
export const EXPLORE_TERRITORY = operation('ExploreTerritory.graphql', 'ExploreTerritory');

/** The territory page with up to 100 children, each with its own sub-lists: its round trips must not grow with the children. */
export const TERRITORY_CHILDREN_PROBE = operation('bench/TerritoryChildrenProbe.graphql', 'TerritoryChildrenProbe');

/** Search: ranked experiences and resources with snippets, filtered. */
export const SEARCH_KNOWLEDGE = operation('bench/SearchKnowledge.graphql', 'SearchKnowledge');

/** Directory: a page of a territory list and the programmes, no database-bound lookups on our side (what the gateways cost). */
export const TERRITORY_DIRECTORY = operation('bench/TerritoryDirectory.graphql', 'TerritoryDirectory');

/** Publishing: a partner writes a draft (the registered CreateExperience), edits it, submits it (the registered SubmitExperience). */
export const CREATE_EXPERIENCE = operation('PublishExperience.graphql', 'CreateExperience');
export const UPDATE_EXPERIENCE = operation('bench/UpdateExperience.graphql', 'UpdateExperience');
export const SUBMIT_EXPERIENCE = operation('PublishExperience.graphql', 'SubmitExperience');

/** Tokens for the publishing workload, issued with the bootstrap administrator token. */
export const ISSUE_API_TOKEN = operation('bench/BenchTokens.graphql', 'IssueBenchToken');
export const REVOKE_API_TOKEN = operation('bench/BenchTokens.graphql', 'RevokeBenchToken');

/** Every operation, by name (for validation). */
export const OPERATIONS: Record<string, string> = {
  DashboardStatistics: DASHBOARD_STATISTICS,
  DashboardProgramme: DASHBOARD_PROGRAMME,
  ExploreTerritory: EXPLORE_TERRITORY,
  TerritoryChildrenProbe: TERRITORY_CHILDREN_PROBE,
  SearchKnowledge: SEARCH_KNOWLEDGE,
  TerritoryDirectory: TERRITORY_DIRECTORY,
  CreateExperience: CREATE_EXPERIENCE,
  UpdateExperience: UPDATE_EXPERIENCE,
  SubmitExperience: SUBMIT_EXPERIENCE,
  IssueBenchToken: ISSUE_API_TOKEN,
  RevokeBenchToken: REVOKE_API_TOKEN,
};
