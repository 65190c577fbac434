// One jest run, one project per workspace package (e2e included: the end-to-end suites).
const { join } = require('node:path');
const base = require('./base');

const root = join(__dirname, '..', '..');
const project = (name, dir, settings = {}) => ({ ...base, displayName: name, rootDir: join(root, dir), ...settings });

module.exports = {
  rootDir: root,
  // Tests talk to a real database and real servers on free ports (a global option, not per project).
  testTimeout: 60_000,
  // Two workers, recycled past 1 GB: with one (jest's default on two cores) every suite runs in jest's own
  // process, whose heap grows with each suite's servers until the run crawls (21 minutes instead of ~12).
  maxWorkers: 2,
  workerIdleMemoryLimit: '1GB',
  projects: [
    project('kit', 'services/kit'),
    project('actors', 'services/actors'),
    project('conventions', 'services/conventions'),
    project('knowledge', 'services/knowledge'),
    {
      ...project('schema', 'schema'),
      // GraphQL Code Generator requires auto-bind, published as an ES module only: compiled for jest.
      transform: { ...base.transform, '^.+\\.js$': base.transform['^.+\\.ts$'] },
      transformIgnorePatterns: ['/node_modules/(?!\\.pnpm/auto-bind@)(?!auto-bind/)'],
    },
    project('gateway', 'gateway'),
    project('infra', 'infra'),
    // The whole stack, one folder per scenario (e2e/<scenario>/<scenario>.e2e.ts).
    project('e2e', 'e2e', { testMatch: ['<rootDir>/*/*.e2e.ts'] }),
  ],
};
