import { createServer, type Server } from 'node:http';
import { connect } from 'node:net';
import type { ApolloServer } from '@apollo/server';
import { createLogger, createMetricsServer, createRequestHandler, listen, sendJson } from '../src';

/** Sends a request line as written (fetch would normalise the target) and reads the raw answer. */
function rawRequest(base: string, target: string): Promise<string> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.write(`GET ${target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`));
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk));
    socket.on('end', () => resolve(answer));
    socket.on('error', reject);
  });
}

describe('plain routes beside GraphQL', () => {
  let server: Server;
  let base: string;
  const metrics = createMetricsServer(async () => ({ body: 'up 1\n', contentType: 'text/plain' }));
  let metricsBase: string;

  beforeAll(async () => {
    const handler = createRequestHandler({
      apollo: {} as ApolloServer,
      logger: createLogger('test', 'silent'),
      context: async () => ({}),
      routes: { 'GET /live': (_req, res) => sendJson(res, 200, { status: 'alive' }) },
    });
    server = createServer(handler);
    base = await listen(server, 0);
    metricsBase = await metrics.listen(0);
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await metrics.close();
  });

  it('a request target that is not a URL is a 400 BAD_REQUEST, and the server goes on serving (it used to throw in the listener: the process ended)', async () => {
    for (const target of ['//[', '//a:b@[::1', 'http://[']) {
      const answer = await rawRequest(base, target);
      expect(answer).toMatch(/^HTTP\/1\.1 400 /);
      expect(answer).toContain('"code":"BAD_REQUEST"');
    }
    expect((await fetch(`${base}/live`)).status).toBe(200);
  });

  it('a request target that is not a URL is a 404 on the metrics port', async () => {
    expect(await rawRequest(metricsBase, '//[')).toMatch(/^HTTP\/1\.1 404 /);
    expect((await fetch(`${metricsBase}/metrics`)).status).toBe(200);
  });

  it('answers HEAD as GET without a body, another method on a route\'s path with 405 and Allow, an unknown path with 404', async () => {
    const head = await fetch(`${base}/live`, { method: 'HEAD' });
    expect([head.status, head.headers.get('content-type'), await head.text()]).toEqual([200, 'application/json; charset=utf-8', '']);
    for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS']) {
      const other = await fetch(`${base}/live`, { method });
      expect([method, other.status, other.headers.get('allow')]).toEqual([method, 405, 'GET, HEAD']);
    }
    expect((await fetch(`${base}/nothing`, { method: 'POST' })).status).toBe(404);
    expect((await fetch(`${base}/nothing`, { method: 'HEAD' })).status).toBe(404);
  });
});
