import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { operationsOf } from '../persisted/operationDocument';

/**
 * Every operation the project sends, one `.graphql` file each: the registered ones at the top (the
 * manifest, the safelist, the playground's examples) and in `exports/` (the open-data exports), those
 * the benchmark sends besides in `bench/`.
 */
export const OPERATIONS_DIR = join(__dirname, '..', '..', 'operations');

interface Example {
  /** Shown in the examples panel. */
  title: string;
  /** Which use it shows, in a sentence or two. */
  description: string;
  /** File in gateway/operations/. */
  file: string;
  variables: Record<string, unknown>;
  /** Headers for the tab (e.g. where to paste a token). */
  headers?: Record<string, string>;
}

export interface LoadedExample extends Omit<Example, 'variables' | 'headers'> {
  query: string;
  variables: string;
  headers: string;
}

const PASTE_TOKEN = 'Bearer <paste a PARTNER token here>';

/** The three uses of the platform, each as a ready operation. */
export const EXAMPLES: Example[] = [
  {
    title: 'Explore a territory',
    description: 'A territory by its official code: where it sits, what is inside, its conventions with the Fabrique and the experiences it shares.',
    file: 'ExploreTerritory.graphql',
    variables: { code: '63', level: 'DEPARTEMENT' },
  },
  {
    title: 'Dashboard overview',
    description:
      'What a dashboard shows for a region (or all of France without a territory): who is engaged in the alliance, the conventions by status, how full each cohort is, the knowledge published.',
    file: 'DashboardOverview.graphql',
    variables: { territory: 'REGION:84' },
  },
  {
    title: 'Publish an experience (partner)',
    description:
      'A partner organisation writes an experience as a draft, then submits it for publication. Needs a PARTNER token: paste it in the token field below. Run CreateExperience: the playground puts the id and version it returns into the variables; then run SubmitExperience.',
    file: 'PublishExperience.graphql',
    variables: {
      input: {
        title: 'Un atelier citoyen sur la sobriété énergétique',
        summary: 'Trois soirées pour que les habitants choisissent les économies d’énergie de la commune.',
        body: 'Ce que nous avons fait, appris, et ce que nous conseillerions.',
        territoryIds: ['COMMUNE:63113'],
        // A submission needs a summary, a body, a territory and a theme.
        themeIds: ['energie'],
      },
      id: '<id returned by CreateExperience>',
      expectedVersion: 1,
    },
    headers: { Authorization: PASTE_TOKEN },
  },
];

/** A file of gateway/operations/ as written (comments included), e.g. `ExploreTerritory.graphql`, `bench/SearchKnowledge.graphql`. */
export function readOperation(file: string): string {
  return readFileSync(join(OPERATIONS_DIR, file), 'utf8');
}

/** Every operation file, relative to gateway/operations/ (`ExploreTerritory.graphql`, `bench/SearchKnowledge.graphql`...), sorted. */
export function operationFiles(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? walk(join(dir, entry.name)) : entry.name.endsWith('.graphql') ? [join(dir, entry.name)] : [],
    );
  return walk(OPERATIONS_DIR)
    .map((path) => relative(OPERATIONS_DIR, path))
    .sort();
}

/** The registered operation files (the manifest's): every one but the benchmark's (`bench/`). */
export function registeredOperationFiles(): string[] {
  return operationFiles().filter((file) => !file.startsWith('bench/'));
}

/** Each named operation of a file, as the document sent for it (the manifest's form: printed, with the fragments it uses). */
export function readOperations(file: string): Record<string, string> {
  return Object.fromEntries(operationsOf(readOperation(file)).map((operation) => [operation.name, operation.body]));
}

export function loadExamples(): LoadedExample[] {
  return EXAMPLES.map((example) => ({
    title: example.title,
    description: example.description,
    file: example.file,
    query: readOperation(example.file),
    variables: JSON.stringify(example.variables, null, 2),
    headers: example.headers ? JSON.stringify(example.headers, null, 2) : '',
  }));
}
