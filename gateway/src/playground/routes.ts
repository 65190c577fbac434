import type { RouteHandler } from '@fabrique/kit';
import { loadAssets } from './assets';
import { loadExamples } from './examples';
import { playgroundPage, playgroundSettings } from './page';

// The page runs only our own scripts and talks only to this gateway.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** The playground at /playground, its assets at /playground/assets/<name>; / redirects there. */
export function playgroundRoutes(): Record<string, RouteHandler> {
  const html = playgroundPage(playgroundSettings(loadExamples()));
  const routes: Record<string, RouteHandler> = {
    'GET /': (_req, res) => {
      res.writeHead(302, { location: '/playground' });
      res.end();
    },
    'GET /playground': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': CONTENT_SECURITY_POLICY });
      res.end(html);
    },
  };
  for (const asset of loadAssets()) {
    routes[`GET /playground/assets/${asset.name}`] = (_req, res) => {
      res.writeHead(200, { 'content-type': `${asset.type}; charset=utf-8`, 'cache-control': 'public, max-age=3600' });
      res.end(asset.body);
    };
  }
  return routes;
}
