import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { generateAllResolverTypes } from '../src/codegen';

describe('the checked-in generated resolver types', () => {
  it('are exactly what each subgraph SDL generates (run `npm run compose` after changing a schema or a codegen.json)', async () => {
    const files = await generateAllResolverTypes();
    expect(files.map((f) => f.name)).toEqual(['actors', 'conventions', 'knowledge']);
    for (const file of files) {
      const checkedIn = readFileSync(file.path, 'utf8');
      // The path in the message says which file is stale.
      expect({ file: relative(process.cwd(), file.path), content: checkedIn }).toEqual({ file: relative(process.cwd(), file.path), content: file.content });
    }
  });

  it('type each subgraph resolver with its own context and federation reference resolvers', async () => {
    const [actors] = await generateAllResolverTypes();
    expect(actors!.content).toContain("import type { ActorsContext } from '../context';");
    expect(actors!.content).toMatch(/export type TerritoryResolvers<ContextType = ActorsContext,[^\n]*\n\s+__resolveReference\?/);
    expect(actors!.content).toMatch(/export type QueryTerritoriesArgs = \{/);
  });
});
