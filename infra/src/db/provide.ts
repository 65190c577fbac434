import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../tasks';
import { freePort, startFerretdb } from './ferretdb';

export interface ProvidedDatabase {
  uri: string;
  /** True when MONGODB_URI named an existing server: nothing was started. */
  external: boolean;
  stop(): Promise<void>;
}

/**
 * The database of a run: the server named by MONGODB_URI if set (nothing started), otherwise a
 * local FerretDB: for `demo`, on FERRETDB_PORT (27017) with its files in .data/ferretdb and kept;
 * for `test`, on a free port with a temporary folder removed at the end.
 */
export async function provideDatabase(kind: 'demo' | 'test', log: (line: string) => void): Promise<ProvidedDatabase> {
  const external = process.env.MONGODB_URI;
  if (external) {
    log(`Using the database at MONGODB_URI (nothing started).`);
    return { uri: external, external: true, stop: async () => undefined };
  }
  if (kind === 'demo') {
    const port = Number(process.env.FERRETDB_PORT ?? 27017);
    const dataDir = join(ROOT, '.data', 'ferretdb');
    const db = await startFerretdb({ port, dataDir, log });
    log(`FerretDB listening on 127.0.0.1:${port} (data in ${dataDir}).`);
    return { uri: db.uri, external: false, stop: db.stop };
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'fabrique-test-db-'));
  const db = await startFerretdb({ port: await freePort(), dataDir, log });
  return {
    uri: db.uri,
    external: false,
    async stop() {
      await db.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
