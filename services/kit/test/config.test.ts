import { ConfigError, env, parseConfig, subgraphVariables } from '../src';

describe('parseConfig', () => {
  it('applies defaults and parses values', () => {
    const config = parseConfig(subgraphVariables('actors', 4001), { IDENTITY_SECRET: 'x'.repeat(32), PORT: '5001' });
    expect(config).toMatchObject({ port: 5001, host: '127.0.0.1', databaseName: 'fabrique_actors', nodeEnv: 'development' });
  });

  it('lists every problem at once', () => {
    let error: unknown;
    try {
      parseConfig(subgraphVariables('actors', 4001), { PORT: 'eighty', MONGODB_URI: 'http://nope', NODE_ENV: 'staging' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toMatch(/IDENTITY_SECRET is required/);
    expect(problems).toMatch(/PORT="eighty": must be an integer/);
    expect(problems).toMatch(/MONGODB_URI="http:\/\/nope": must use mongodb: or mongodb\+srv:/);
    expect(problems).toMatch(/NODE_ENV="staging": must be one of development, test, production/);
    expect((error as ConfigError).problems).toHaveLength(4);
  });

  it('checks bounds and booleans', () => {
    const spec = { n: env.int('N', { description: 'n', min: 1, max: 3 }), b: env.bool('B', { description: 'b' }) };
    expect(parseConfig(spec, { N: '2', B: 'yes' })).toEqual({ n: 2, b: true });
    expect(() => parseConfig(spec, { N: '4', B: 'maybe' })).toThrow(/N="4": must be <= 3[\s\S]*B="maybe": must be true or false/);
  });
});
