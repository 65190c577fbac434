import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));

/**
 * Everything the playground page loads, from the gateway's own dependencies (no CDN: it works with no
 * internet): React 18 and GraphiQL 3 browser builds, the explorer plugin, and our own script.
 */
const FILES: Record<string, { file: string; type: string }> = {
  'react.js': { file: join(packageDir('react'), 'umd', 'react.production.min.js'), type: 'text/javascript' },
  'react-dom.js': { file: join(packageDir('react-dom'), 'umd', 'react-dom.production.min.js'), type: 'text/javascript' },
  'graphiql.js': { file: join(packageDir('graphiql'), 'graphiql.min.js'), type: 'text/javascript' },
  'graphiql.css': { file: join(packageDir('graphiql'), 'graphiql.min.css'), type: 'text/css' },
  'explorer.js': { file: join(packageDir('@graphiql/plugin-explorer'), 'dist', 'index.umd.js'), type: 'text/javascript' },
  'explorer.css': { file: join(packageDir('@graphiql/plugin-explorer'), 'dist', 'style.css'), type: 'text/css' },
  'playground.js': { file: join(__dirname, 'browser', 'playground.js'), type: 'text/javascript' },
  'playground.css': { file: join(__dirname, 'browser', 'playground.css'), type: 'text/css' },
};

interface Asset {
  name: string;
  type: string;
  body: Buffer;
}

/** Read once, at start. */
export function loadAssets(): Asset[] {
  return Object.entries(FILES).map(([name, { file, type }]) => ({ name, type, body: readFileSync(file) }));
}
