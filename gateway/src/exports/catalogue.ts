import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { GraphQLInputType } from 'graphql';
import type { Dataset } from './dataset';
import { allowedValues, takesList } from './parameters';

export const LICENCE = {
  name: 'etalab-2.0',
  title: 'Licence Ouverte / Open Licence version 2.0 (Etalab)',
  path: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/',
};

export const SOURCE = 'La Fabrique des transitions — API';

/** The API version: the latest release in schema/releases (`v<N>.graphql`, next to the supergraph). */
export function apiVersion(supergraphPath: string): string {
  const numbers = readdirSync(join(dirname(supergraphPath), 'releases'))
    .map((file) => /^v(\d+)\.graphql$/.exec(file))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => Number(match[1]));
  return numbers.length ? `v${Math.max(...numbers)}` : 'unreleased';
}

/** The path of an export in a format. */
export const exportPath = (dataset: Dataset, extension: 'csv' | 'json') => `/exports/${dataset.name}.${extension}`;

/**
 * The catalogue at `GET /exports/`: a Frictionless Data Package (`resources`, each with its Table
 * Schema), plus where each comes from: the licence, the provenance (source, generation time, API
 * version) and the registered operation behind each dataset, with its parameters.
 */
export function catalogue(datasets: Dataset[], types: (dataset: Dataset) => Map<string, GraphQLInputType>, version: string, now = new Date()) {
  return {
    profile: 'data-package',
    name: 'fabrique-des-transitions',
    title: 'La Fabrique des transitions — données ouvertes',
    description:
      'Open data of La Fabrique des transitions, produced on request from its GraphQL API with the rights of the caller (anonymous: public data only). CSV in UTF-8 with a byte order mark, comma-separated (RFC 4180); JSON: an array of objects with the same columns.',
    licenses: [LICENCE],
    provenance: { source: SOURCE, api: '/graphql', apiVersion: version, generatedAt: now.toISOString() },
    resources: datasets.map((dataset) => ({
      name: dataset.name,
      title: dataset.title,
      description: dataset.description,
      path: exportPath(dataset, 'csv'),
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      urls: { csv: exportPath(dataset, 'csv'), json: exportPath(dataset, 'json') },
      operation: { name: dataset.operation.name, file: `gateway/operations/${dataset.operation.file}` },
      parameters: dataset.parameters.map((parameter) => {
        const type = types(dataset).get(parameter.name)!;
        const values = allowedValues(type);
        return { name: parameter.name, description: parameter.description, list: takesList(type), ...(values ? { values } : {}) };
      }),
      schema: { fields: dataset.columns.map(({ name, type, description }) => ({ name, type, description })) },
    })),
  };
}
