// The Fabrique playground: GraphiQL 3 with its documentation, the explorer plugin, and our examples
// panel (the three uses of the platform, and a place to paste an API token). Plain browser JavaScript
// over the UMD builds the gateway serves: no bundler, no CDN.
(function () {
  'use strict';
  var h = React.createElement;
  var settings = JSON.parse(document.getElementById('playground-settings').textContent);
  var examples = settings.examples;
  var editorHooks = GraphiQL.React;

  // GraphiQL keeps its tabs in localStorage; a namespace per version of the examples shows new examples
  // to returning visitors instead of their old tabs.
  var prefix = settings.storageNamespace + ':';
  var storage = {
    getItem: function (key) { return localStorage.getItem(prefix + key); },
    setItem: function (key, value) { localStorage.setItem(prefix + key, value); },
    removeItem: function (key) { localStorage.removeItem(prefix + key); },
    clear: function () {
      Object.keys(localStorage).forEach(function (key) { if (key.indexOf(prefix) === 0) localStorage.removeItem(key); });
    },
    get length() {
      return Object.keys(localStorage).filter(function (key) { return key.indexOf(prefix) === 0; }).length;
    },
  };

  function firstOperationName(query) {
    var match = /\b(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/.exec(query);
    return match ? match[1] : null;
  }

  function headersWithToken(current, token) {
    var headers = {};
    try { headers = JSON.parse(current || '{}') || {}; } catch (e) { headers = {}; }
    if (token) headers.Authorization = 'Bearer ' + token;
    else delete headers.Authorization;
    return JSON.stringify(headers, null, 2);
  }

  function ExamplesPanel() {
    var editor = editorHooks.useEditorContext({ nonNull: true });
    var tokenState = React.useState('');
    var token = tokenState[0];
    var setToken = tokenState[1];

    function open(example) {
      var name = firstOperationName(example.query);
      var index = editor.tabs.findIndex(function (tab) { return tab.query === example.query; });
      if (index >= 0) return editor.changeTab(index);
      editor.addTab();
      // The new tab becomes the active one once React has rendered it: then fill its editors.
      setTimeout(function () {
        if (editor.queryEditor) editor.queryEditor.setValue(example.query);
        if (editor.variableEditor) editor.variableEditor.setValue(example.variables);
        if (editor.headerEditor) editor.headerEditor.setValue(example.headers);
        if (name) editor.setOperationName(name);
      }, 0);
    }

    function setTabToken(value) {
      if (editor.headerEditor) editor.headerEditor.setValue(headersWithToken(editor.headerEditor.getValue(), value));
    }

    function useToken(event) {
      event.preventDefault();
      if (token.trim()) setTabToken(token.trim());
    }

    function removeToken() {
      setToken('');
      setTabToken('');
    }

    return h('div', { className: 'fabrique-examples' },
      h('div', { className: 'graphiql-doc-explorer-title' }, 'Examples'),
      h('p', null, 'Ready operations for the three uses of the platform. Open one, then run it with ▶.'),
      h('ul', null, examples.map(function (example) {
        return h('li', { key: example.file },
          h('button', { type: 'button', className: 'fabrique-example', onClick: function () { open(example); } }, example.title),
          h('p', null, example.description));
      })),
      h('form', { className: 'fabrique-token', onSubmit: useToken },
        h('label', { htmlFor: 'fabrique-token' }, 'Your API token'),
        h('p', null, 'Reading public data needs none. Mutations and private data need a token issued by Fabrique staff; it goes in this tab\u2019s Authorization header (the headers pane, below the editor). It is not stored.'),
        h('input', { id: 'fabrique-token', type: 'password', autoComplete: 'off', placeholder: 'fdt_…', value: token, onChange: function (e) { setToken(e.target.value); } }),
        h('div', { className: 'fabrique-token-actions' },
          h('button', { type: 'submit', disabled: !token.trim() }, 'Use in this tab'),
          h('button', { type: 'button', className: 'fabrique-link', onClick: removeToken }, 'Remove it from this tab'))));
  }

  function ExamplesIcon() {
    return h('svg', { viewBox: '0 0 24 24', width: 20, height: 20, 'aria-hidden': true, fill: 'none', stroke: 'currentColor', strokeWidth: 1.5 },
      h('path', { d: 'M5 4h14v16H5z M8 8h8 M8 12h8 M8 16h5' }));
  }

  var examplesPlugin = { title: 'Examples', icon: ExamplesIcon, content: ExamplesPanel };

  // The examples' steps follow each other: after a create (`createExperience { id version }`), a tab
  // whose variables have `id` (and `expectedVersion`) gets the created record's, ready for the next step
  // (SubmitExperience). The editors are reached through a component always rendered (in the footer).
  var currentEditor = null;
  function EditorHandle() {
    currentEditor = editorHooks.useEditorContext({ nonNull: true });
    return null;
  }

  function carryCreated(result) {
    var data = result && result.data;
    var editor = currentEditor && currentEditor.variableEditor;
    if (!data || !editor) return;
    var created = Object.keys(data).filter(function (field) { return /^create/.test(field) && data[field] && data[field].id; }).map(function (field) { return data[field]; })[0];
    if (!created) return;
    var variables;
    try { variables = JSON.parse(editor.getValue() || '{}'); } catch (e) { return; }
    if (!variables || typeof variables !== 'object' || !Object.prototype.hasOwnProperty.call(variables, 'id')) return;
    variables.id = created.id;
    if (Object.prototype.hasOwnProperty.call(variables, 'expectedVersion') && typeof created.version === 'number') variables.expectedVersion = created.version;
    editor.setValue(JSON.stringify(variables, null, 2));
  }

  // GraphiQL 3 fills the first tab's query from `defaultTabs` but its variables and headers only from these
  // props: give them on a first visit (afterwards, the stored tabs know better).
  var firstVisit = storage.getItem('graphiql:tabState') === null;
  var httpFetcher = GraphiQL.createFetcher({ url: '/graphql' });
  function carry(result) {
    try { carryCreated(result); } catch (e) { /* never in the way of the answer */ }
    return result;
  }
  // GraphiQL's fetcher answers with a promise of a result, or of an async iterable of parts (incremental delivery).
  function carryAll(answer) {
    if (answer && typeof answer.then === 'function') return answer.then(carryAll);
    if (answer && typeof answer[Symbol.asyncIterator] === 'function') {
      return (async function* () {
        for await (var part of answer) yield carry(part);
      })();
    }
    return carry(answer);
  }
  function fetcher(params, options) {
    return carryAll(httpFetcher(params, options));
  }
  ReactDOM.createRoot(document.getElementById('playground')).render(
    h(GraphiQL, {
      fetcher: fetcher,
      storage: storage,
      plugins: [examplesPlugin, GraphiQLPluginExplorer.explorerPlugin()],
      visiblePlugin: examplesPlugin,
      defaultTabs: examples.map(function (example) {
        return { query: example.query, variables: example.variables, headers: example.headers };
      }),
      variables: firstVisit ? examples[0].variables : undefined,
      headers: firstVisit ? examples[0].headers : undefined,
      defaultEditorToolsVisibility: true,
      isHeadersEditorEnabled: true,
      shouldPersistHeaders: false,
    }, h(GraphiQL.Logo, null, 'Fabrique des transitions'), h(GraphiQL.Footer, null, h(EditorHandle))),
  );
})();
