import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { RouteHandler } from '@fabrique/kit';

/**
 * The playground: GraphiQL served from the gateway's own dependencies, so it works with no internet
 * (Apollo's default landing page loads its sandbox from a CDN).
 */
const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));

const ASSETS: Record<string, { file: string; type: string }> = {
  'react.js': { file: join(packageDir('react'), 'umd', 'react.production.min.js'), type: 'text/javascript' },
  'react-dom.js': { file: join(packageDir('react-dom'), 'umd', 'react-dom.production.min.js'), type: 'text/javascript' },
  'graphiql.js': { file: join(packageDir('graphiql'), 'graphiql.min.js'), type: 'text/javascript' },
  'graphiql.css': { file: join(packageDir('graphiql'), 'graphiql.min.css'), type: 'text/css' },
};

const EXAMPLE_QUERY = `# Welcome to the Fabrique des transitions API.
# Press the ▶ button (or Ctrl-Enter) to run this query; open the docs on the left.
query ExploreTerritory {
  territory(code: "63", level: DEPARTEMENT) {
    name
    level
    population
    parent { name }
    conventions {
      totalCount
      edges { node { title status parties { role actor { name } } commitments { number title } } }
    }
    experiences(first: 5) {
      edges { node { title summary } }
    }
  }
  programmes { kind name }
}
`;

function page(): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <meta name="viewport" content="width=device-width, initial-scale=1" />
  <title>Fabrique des transitions · API playground</title>
  <link rel="stylesheet" href="/playground/assets/graphiql.css" />
  <style>html, body, #playground { height: 100%; margin: 0; }</style>
</head>
<body>
  <div id="playground">Loading the playground…</div>
  <script src="/playground/assets/react.js"></script>
  <script src="/playground/assets/react-dom.js"></script>
  <script src="/playground/assets/graphiql.js"></script>
  <script>
    const fetcher = GraphiQL.createFetcher({ url: '/graphql' });
    ReactDOM.createRoot(document.getElementById('playground')).render(
      React.createElement(GraphiQL, {
        fetcher,
        defaultQuery: ${JSON.stringify(EXAMPLE_QUERY)},
        defaultEditorToolsVisibility: true,
        isHeadersEditorEnabled: true,
      }),
    );
  </script>
</body>
</html>`;
}

export function playgroundRoutes(): Record<string, RouteHandler> {
  const html = page();
  const routes: Record<string, RouteHandler> = {
    'GET /': (_req, res) => {
      res.writeHead(302, { location: '/playground' });
      res.end();
    },
    'GET /playground': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(html);
    },
  };
  for (const [name, asset] of Object.entries(ASSETS)) {
    const body = readFileSync(asset.file);
    routes[`GET /playground/assets/${name}`] = (_req, res) => {
      res.writeHead(200, { 'content-type': `${asset.type}; charset=utf-8`, 'cache-control': 'public, max-age=86400' });
      res.end(body);
    };
  }
  return routes;
}
