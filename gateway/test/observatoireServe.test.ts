// How the gateway serves L'Observatoire's build, against a build directory of its own.
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listen } from '@fabrique/kit';
import { observatoireServer } from '../src/observatoire/serve';

const page = (bundle: string) => `<!doctype html><div id="racine"></div><script type="module" src="/observatoire/assets/${bundle}"></script>`;

describe("serving L'Observatoire's build", () => {
  let dist: string;
  let server: Server;
  let base: string;

  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'observatoire-dist-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), page('index-aaaa.js'));
    writeFileSync(join(dist, 'assets', 'index-aaaa.js'), 'console.log(1)');
    const serve = observatoireServer(dist);
    server = createServer((req, res) => {
      if (!serve(req, res)) res.writeHead(404).end();
    });
    base = await listen(server, 0);
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(dist, { recursive: true, force: true });
  });

  it('serves index.html asked by name as the app page: no-cache, with its Content-Security-Policy', async () => {
    for (const path of ['/observatoire/', '/observatoire/index.html']) {
      const response = await fetch(`${base}${path}`);
      expect([path, response.status, response.headers.get('cache-control')]).toEqual([path, 200, 'no-cache']);
      expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    }
  });

  it('serves a new build made while it runs: the page names the new bundles, not the deleted ones', async () => {
    expect(await (await fetch(`${base}/observatoire/territoires/DEPARTEMENT:63`)).text()).toContain('index-aaaa.js');
    // A rebuild: new hashed bundle, new index.html (a later modification time), the old bundle gone.
    writeFileSync(join(dist, 'assets', 'index-bbbb.js'), 'console.log(2)');
    writeFileSync(join(dist, 'index.html'), page('index-bbbb.js'));
    const later = new Date(Date.now() + 2000);
    utimesSync(join(dist, 'index.html'), later, later);
    rmSync(join(dist, 'assets', 'index-aaaa.js'));
    const html = await (await fetch(`${base}/observatoire/territoires/DEPARTEMENT:63`)).text();
    expect(html).toContain('index-bbbb.js');
    expect((await fetch(`${base}/observatoire/assets/index-bbbb.js`)).status).toBe(200);
  });
});
