import { readFileSync } from 'node:fs';
import { parse, validate, type GraphQLSchema } from 'graphql';
import { EXAMPLES, loadExamples } from '../src/playground/examples';
import { loadManifest } from '../src/persisted/manifest';
import { MANIFEST_PATH, manifestText } from '../src/persisted/writeManifest';
import { loadApiSchema } from './apiSchema';

describe('registered operations and playground examples', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await loadApiSchema();
  });

  it('every example operation validates against the current supergraph', () => {
    expect(EXAMPLES.map((e) => e.title)).toEqual(['Explore a territory', 'Dashboard overview', 'Publish an experience (partner)']);
    for (const example of loadExamples()) {
      const errors = validate(schema, parse(example.query)).map((e) => `${example.file}: ${e.message}`);
      expect(errors).toEqual([]);
      expect(() => JSON.parse(example.variables)).not.toThrow();
    }
  });

  it('every operation of the manifest validates against the current supergraph', () => {
    const manifest = loadManifest(MANIFEST_PATH);
    expect(manifest.operations.map((o) => o.name).sort()).toEqual([
      'CreateExperience', 'DashboardOverview', 'ExploreTerritory', 'ExportConventions', 'ExportExperiences', 'ExportProgrammes', 'ExportTerritoriesEngagement', 'SubmitExperience',
    ]);
    for (const operation of manifest.operations) {
      expect(validate(schema, parse(operation.body)).map((e) => `${operation.name}: ${e.message}`)).toEqual([]);
    }
  });

  it('the manifest is up to date with gateway/operations (run `corepack pnpm --filter @fabrique/gateway run manifest`)', () => {
    expect(readFileSync(MANIFEST_PATH, 'utf8')).toBe(manifestText());
  });

  it('refuses a manifest whose ids do not match the bodies, listing every problem', () => {
    const { writeFileSync, mkdtempSync } = require('node:fs') as typeof import('node:fs');
    const dir = mkdtempSync(require('node:path').join(require('node:os').tmpdir(), 'manifest-'));
    const path = `${dir}/manifest.json`;
    writeFileSync(path, JSON.stringify({ format: 'apollo-persisted-query-manifest', version: 1, operations: [{ id: 'x', name: 'A', type: 'query', body: '{ a }' }, { id: 'y', name: 'B', type: 'query', body: '{' }] }));
    expect(() => loadManifest(path)).toThrow(/operations\[0\] \(A\): id must be the SHA-256[\s\S]*operations\[1\] \(B\)/);
  });
});
