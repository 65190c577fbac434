import { createServer, type Server } from 'node:net';
import { DatabaseStartError, freePort, startFerretdb } from '../src/db/ferretdb';

describe('the local database', () => {
  it('says what to do when its port is taken', async () => {
    const port = await freePort();
    const squatter: Server = createServer().listen(port, '127.0.0.1');
    await new Promise((r) => squatter.once('listening', r));
    try {
      const error = await startFerretdb({ port, dataDir: '/tmp/unused' }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DatabaseStartError);
      expect((error as Error).message).toMatch(new RegExp(`Port ${port} is already in use[\\s\\S]*FERRETDB_PORT[\\s\\S]*MONGODB_URI`));
    } finally {
      squatter.close();
    }
  });
});
