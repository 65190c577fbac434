import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { keepAliveFetcher } from '../src/subgraphs/fetcher';

describe('the subgraph fetcher (gateway)', () => {
  let server: Server;
  let url: string;
  let connections = 0;
  beforeAll(async () => {
    server = createServer((req, res) => res.end(JSON.stringify({ data: { path: req.url } })));
    server.on('connection', () => (connections += 1));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  async function connectionsForThreeCalls(keepAlive: boolean) {
    const fetcher = keepAliveFetcher({ timeoutMs: 5_000, maxSockets: 4, keepAlive });
    const before = connections;
    try {
      for (const path of ['/a', '/b', '/c']) expect(await (await fetcher.fetch(`${url}${path}`)).json()).toEqual({ data: { path } });
    } finally {
      fetcher.destroy();
    }
    return connections - before;
  }

  it('reuses one connection for calls one after another', async () => {
    expect(await connectionsForThreeCalls(true)).toBe(1);
  });

  it('opens a connection per call when keep-alive is turned off (SUBGRAPH_KEEP_ALIVE=false)', async () => {
    expect(await connectionsForThreeCalls(false)).toBe(3);
  });
});
