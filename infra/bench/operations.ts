// The GraphQL operations the workloads send, written as a client of the public API would (field names
// from the supergraph; the bench test validates each against the API schema); a registered operation
// of the gateway is read from its file.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../src/tasks';

/** Dashboard: every statistic of a région or département (or all of France), across the three subgraphs. */
export const DASHBOARD_STATISTICS = /* GraphQL */ `
query DashboardStatistics($territory: ID) {
  alliance(slug: "fabrique-des-transitions") {
    name
    statistics {
      memberCount
      membersByKind { kind count }
      territoriesByRegion { region { name } engagedTerritories communesCovered populationCovered }
    }
  }
  conventionStatistics(territory: $territory) {
    conventionsByStatus { status count }
    conventionsByRegion { region { name } count }
    applicationsByProgramme { programme { kind } status count }
    cohortFill(first: 10) { cohort { name programme { kind } startsOn } capacity enrolled seatsLeft fillRate }
  }
  knowledgeStatistics(filter: { territory: $territory }) {
    experienceCount
    resourceCount
    experiencesByTheme { theme { labelFr } count }
    topPublishers(first: 5) { publisher { name } publishedExperiences }
  }
}`;

/** Dashboard: one programme's cohorts and experiences, and its conventions with their parties and experiences (nested lists). */
export const DASHBOARD_PROGRAMME = /* GraphQL */ `
query DashboardProgramme($kind: ProgrammeKind!, $territory: ID) {
  programme(kind: $kind) {
    name
    rules { cohortCapacity nationalCapacity }
    cohorts(first: 10) {
      totalCount
      edges { node { name startsOn capacity enrolledCount seatsLeft fillRate partners { name } } }
    }
    experiences(first: 5) {
      totalCount
      edges { node { title publisher { name } territories { name } } }
    }
  }
  conventions(programme: $kind, territory: $territory, first: 10) {
    totalCount
    edges {
      node {
        title status signedOn progress
        parties { role actor { name } }
        experiences(first: 3) { totalCount edges { node { title } } }
      }
    }
  }
}`;

/**
 * Exploring: a territory page (where it sits, what is inside, its conventions and its experiences), the
 * playground's registered example, read from its file so the bench measures what clients are given.
 */
export const EXPLORE_TERRITORY = readFileSync(join(ROOT, 'gateway', 'operations', 'ExploreTerritory.graphql'), 'utf8');

/** The territory page with up to 100 children, each with its own sub-lists: its round trips must not grow with the children. */
export const TERRITORY_CHILDREN_PROBE = /* GraphQL */ `
query TerritoryChildrenProbe($code: String!, $level: TerritoryLevel) {
  territory(code: $code, level: $level) {
    name
    children(first: 100) {
      totalCount
      edges {
        node {
          name
          population
          conventions(first: 3) { totalCount edges { node { title status } } }
          experiences(first: 3) { totalCount edges { node { title publisher { name } } } }
        }
      }
    }
    conventions(first: 5) { totalCount edges { node { title } } }
    experiences(first: 5) { totalCount edges { node { title } } }
  }
}`;

/** Search: ranked experiences and resources with snippets, filtered. */
export const SEARCH_KNOWLEDGE = /* GraphQL */ `
query SearchKnowledge($query: String!, $filter: KnowledgeSearchFilter) {
  searchKnowledge(query: $query, filter: $filter, first: 10) {
    totalCount
    truncated
    edges {
      node {
        type
        score
        snippet { html }
        item {
          ... on Experience { id title publisher { name } territories { name } themes { labelFr } }
          ... on Resource { id title kind publisher { name } }
        }
      }
    }
  }
}`;

/**
 * Directory: a page of a territory list with two subgraphs' root fields and no database-bound
 * lookups on our side (territories come from the actors' in-memory snapshot, programmes are four
 * records): it measures what the gateways themselves cost, apart from the database.
 */
export const TERRITORY_DIRECTORY = /* GraphQL */ `
query TerritoryDirectory($level: TerritoryLevel!, $within: ID, $search: String) {
  territories(level: $level, within: $within, search: $search, first: 20) {
    totalCount
    edges { node { id code name level population parent { name } chefLieu { name } } }
  }
  programmes { kind name rules { minDays maxDays cohortCapacity } }
}`;

/** Publishing: a partner writes a draft, edits it, submits it. */
export const CREATE_EXPERIENCE = /* GraphQL */ `
mutation CreateExperience($input: CreateExperienceInput!) {
  createExperience(input: $input) { id version status }
}`;

export const UPDATE_EXPERIENCE = /* GraphQL */ `
mutation UpdateExperience($id: ID!, $expectedVersion: Int!, $input: UpdateExperienceInput!) {
  updateExperience(id: $id, expectedVersion: $expectedVersion, input: $input) { id version status }
}`;

export const SUBMIT_EXPERIENCE = /* GraphQL */ `
mutation SubmitExperience($id: ID!, $expectedVersion: Int) {
  submitExperience(id: $id, expectedVersion: $expectedVersion) { id version status submittedAt }
}`;

/** Tokens for the publishing workload, issued with the bootstrap administrator token. */
export const ISSUE_API_TOKEN = /* GraphQL */ `
mutation IssueBenchToken($input: IssueApiTokenInput!) {
  issueApiToken(input: $input) { token { id } secret }
}`;

export const REVOKE_API_TOKEN = /* GraphQL */ `
mutation RevokeBenchToken($id: ID!) {
  revokeApiToken(id: $id) { id }
}`;

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
