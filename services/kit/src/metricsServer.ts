import { createServer } from 'node:http';
import { listen, requestUrl } from './http';

export interface MetricsServer {
  /** Listens (port 0 picks a free port; loopback by default: operators' scrapers only) and returns its base URL. */
  listen(port: number, host?: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * Serves `GET /metrics` on a port of its own, away from the public GraphQL port: what the process
 * counts (operation names, error codes, subgraph timings) is for operators, not for every client.
 */
export function createMetricsServer(render: () => Promise<{ body: string; contentType: string }>): MetricsServer {
  const server = createServer((req, res) => {
    if (req.method !== 'GET' || requestUrl(req)?.pathname !== '/metrics') {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('Not found\n');
      return;
    }
    render().then(
      ({ body, contentType }) => {
        res.writeHead(200, { 'content-type': contentType });
        res.end(body);
      },
      () => {
        res.writeHead(500, { 'content-type': 'text/plain' });
        res.end('Metrics unavailable\n');
      },
    );
  });
  return {
    listen: (port, host = '127.0.0.1') => listen(server, port, host),
    close: () =>
      new Promise<void>((resolve) => {
        if (!server.listening) return resolve();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
