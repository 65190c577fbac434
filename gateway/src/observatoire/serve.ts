import { createReadStream, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

/** Where the app lives on the gateway; its client-side routes are below it. */
export const OBSERVATOIRE_PATH = '/observatoire';
/** Client-side routes answered with index.html (the app routes them in the browser). */
const APP_ROUTES = [/^\/observatoire\/?$/, /^\/observatoire\/territoires(\/[^/]+)?\/?$/, /^\/observatoire\/experiences(\/[^/]+)?\/?$/];

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

// Only our own bundle runs, and it talks only to this gateway (the exports are links on the same origin).
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
].join('; ');

const HTML_HEADERS = {
  'content-type': TYPES['.html']!,
  // index.html names the current hashed bundles: always asked again.
  'cache-control': 'no-cache',
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
};

const MISSING_BUILD = `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>L’Observatoire n’est pas construit</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; line-height: 1.5">
<h1>L’Observatoire n’est pas encore construit</h1>
<p>Le serveur est en marche, mais l’application web n’a pas été construite sur cette machine.</p>
<p>Lancez <code>npm start</code> (qui la construit quand elle manque), ou <code>corepack pnpm --filter @fabrique/observatoire build</code>, puis rechargez cette page.</p>
<p>The web app is not built: run <code>npm start</code> or <code>corepack pnpm --filter @fabrique/observatoire build</code>.</p>
<p>L’API reste disponible : <a href="/playground">/playground</a>, <code>/graphql</code>.</p>
</body></html>
`;

/**
 * Serves L'Observatoire's build (observatoire/dist) under /observatoire/: hashed assets with immutable
 * caching, index.html for the app's own routes (the browser router takes over), 404 for anything else,
 * and a 503 page saying how to build it when the build is missing. Returns whether it answered.
 */
export function observatoireServer(distDir: string): (req: IncomingMessage, res: ServerResponse) => boolean {
  const root = normalize(distDir + sep);
  const indexPath = join(root, 'index.html');
  // Read again whenever the file changes: a build made while the gateway runs (its first, or one
  // naming new hashed bundles, the old ones deleted) is served at once.
  let index: { html: Buffer; changed: number } | null = null;
  const readIndex = (): Buffer | null => {
    const changed = modifiedAt(indexPath);
    if (changed === null) return (index = null);
    if (index?.changed !== changed) index = { html: readFileSync(indexPath), changed };
    return index.html;
  };

  return (req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    if (path !== OBSERVATOIRE_PATH && !path.startsWith(`${OBSERVATOIRE_PATH}/`)) return false;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' });
      res.end('Method not allowed');
      return true;
    }
    if (path === OBSERVATOIRE_PATH) {
      res.writeHead(301, { location: `${OBSERVATOIRE_PATH}/` });
      res.end();
      return true;
    }
    const html = readIndex();
    if (!html) {
      res.writeHead(503, { ...HTML_HEADERS, 'cache-control': 'no-store', 'retry-after': '30' });
      res.end(req.method === 'HEAD' ? undefined : MISSING_BUILD);
      return true;
    }
    // index.html itself, asked by name, is the app's page like its routes (never cached as a file).
    if (APP_ROUTES.some((route) => route.test(path)) || path === `${OBSERVATOIRE_PATH}/index.html`) {
      res.writeHead(200, HTML_HEADERS);
      res.end(req.method === 'HEAD' ? undefined : html);
      return true;
    }
    let relativePath: string;
    try {
      relativePath = decodeURIComponent(path.slice(OBSERVATOIRE_PATH.length + 1));
    } catch {
      relativePath = '';
    }
    const file = normalize(join(root, relativePath));
    const type = TYPES[extname(file)];
    if (!relativePath || !file.startsWith(root) || relativePath.split('/').some((part) => part.startsWith('.')) || !type || !isFile(file)) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-cache' });
      res.end('Page introuvable.');
      return true;
    }
    // Vite names what it bundles after its content (assets/<name>-<hash>.<ext>): never changes, cache for a year.
    const hashed = relativePath.startsWith('assets/');
    res.writeHead(200, {
      'content-type': type,
      'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'public, max-age=300',
      'x-content-type-options': 'nosniff',
    });
    if (req.method === 'HEAD') res.end();
    // A file gone or unreadable after its check (a build replacing dist/) ends this response, not the process.
    else createReadStream(file).on('error', () => res.destroy()).pipe(res);
    return true;
  };
}

/** The file's last modification (ms), null when there is no such file. */
function modifiedAt(path: string): number | null {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return null;
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
