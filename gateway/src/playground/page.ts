import { createHash } from 'node:crypto';
import type { LoadedExample } from './examples';

interface PlaygroundSettings {
  examples: LoadedExample[];
  /** Where GraphiQL keeps tabs in the browser: changes with the examples, so new ones show up. */
  storageNamespace: string;
}

export function playgroundSettings(examples: LoadedExample[]): PlaygroundSettings {
  const hash = createHash('sha256').update(JSON.stringify(examples)).digest('hex').slice(0, 12);
  return { examples, storageNamespace: `fabrique-${hash}` };
}

// JSON inside a <script> element: `<` escaped so no string can close the element.
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

export function playgroundPage(settings: PlaygroundSettings): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <meta name="viewport" content="width=device-width, initial-scale=1" />
  <title>Fabrique des transitions · API playground</title>
  <link rel="stylesheet" href="/playground/assets/graphiql.css" />
  <link rel="stylesheet" href="/playground/assets/explorer.css" />
  <link rel="stylesheet" href="/playground/assets/playground.css" />
</head>
<body>
  <div id="playground">Loading the playground…</div>
  <script id="playground-settings" type="application/json">${scriptJson(settings)}</script>
  <script src="/playground/assets/react.js"></script>
  <script src="/playground/assets/react-dom.js"></script>
  <script src="/playground/assets/graphiql.js"></script>
  <script src="/playground/assets/explorer.js"></script>
  <script src="/playground/assets/playground.js"></script>
</body>
</html>`;
}
