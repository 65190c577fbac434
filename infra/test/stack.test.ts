import { randomBytes } from 'node:crypto';
import { dropDatabases, graphql, mongodbUri } from '@fabrique/kit/testing';
import { freePort } from '../src/db/ferretdb';
import { seedDemo, SERVICES, type ServiceName } from '../src/seed';
import { startServices, stopProcesses } from '../src/stack';

// Territories of one département keep this test quick on FerretDB; all of France is tested in actors.
process.env.ACTORS_SEED_DEPARTEMENTS = '63';

// What `npm start` runs after the database: four real processes, stopped without leftovers.
describe('the stack as processes', () => {
  const prefix = `test_stack_${randomBytes(4).toString('hex')}`;
  const databaseName = (service: ServiceName) => `${prefix}_${service}`;

  afterAll(() => dropDatabases(SERVICES.map(databaseName)));

  it('starts the three subgraphs and the gateway, answers, and stops every process', async () => {
    await seedDemo(mongodbUri(), () => undefined, databaseName);
    const ports = { actors: await freePort(), conventions: await freePort(), knowledge: await freePort(), gateway: await freePort() };
    const processes = await startServices(mongodbUri(), { ports, databaseName, env: { LOG_LEVEL: 'warn' } });
    try {
      const gateway = processes.find((p) => p.name === 'gateway')!;
      const res = await graphql(`${gateway.url}/graphql`, '{ territory(code: "63") { name conventions { totalCount } } programmes { kind } }');
      expect(res.errors).toBeUndefined();
      expect(res.data.territory).toEqual({ name: 'Puy-de-Dôme', conventions: { totalCount: 1 } });
      expect(res.data.programmes).toHaveLength(4);
    } finally {
      await stopProcesses(processes);
    }
    for (const { child } of processes) {
      expect(child.exitCode !== null || child.signalCode !== null).toBe(true);
      expect(() => process.kill(child.pid!, 0)).toThrow();
    }
  });
});
