import { ConfigError } from '@fabrique/kit';
import { loadGatewayConfig } from '../src/config';

const SECRET = 'x'.repeat(32);

describe('gateway configuration', () => {
  it('has safe defaults', () => {
    const config = loadGatewayConfig({ IDENTITY_SECRET: SECRET });
    expect(config).toMatchObject({
      bootstrapAdminToken: null,
      tokenCacheSeconds: 30,
      maxDepth: 12,
      maxCost: 20_000,
      maxAliases: 30,
      maxPageSize: 100,
      exportPageSize: 100,
      exportStallSeconds: 30,
      maxBatch: 10,
      maxBodyBytes: 1_000_000,
      rateLimitRequests: 600,
      rateLimitWindowSeconds: 60,
      redisUrl: null,
      subgraphTimeoutMs: 10_000,
      corsOrigins: [],
      introspection: true,
      safelist: false,
    });
  });

  it('reads every setting', () => {
    const config = loadGatewayConfig({
      IDENTITY_SECRET: SECRET,
      BOOTSTRAP_ADMIN_TOKEN: 'b'.repeat(40),
      CORS_ORIGINS: 'https://a.example, http://localhost:3000',
      REDIS_URL: 'redis://127.0.0.1:6379',
      MAX_DEPTH: '8',
      SAFELIST: 'true',
    });
    expect(config).toMatchObject({
      bootstrapAdminToken: 'b'.repeat(40),
      corsOrigins: ['https://a.example', 'http://localhost:3000'],
      redisUrl: 'redis://127.0.0.1:6379',
      maxDepth: 8,
      safelist: true,
    });
    expect(loadGatewayConfig({ IDENTITY_SECRET: SECRET, CORS_ORIGINS: '*' }).corsOrigins).toBe('*');
  });

  it('refuses to start with every problem listed at once', () => {
    let error: ConfigError | undefined;
    try {
      loadGatewayConfig({
        IDENTITY_SECRET: SECRET,
        BOOTSTRAP_ADMIN_TOKEN: 'short',
        MAX_DEPTH: 'deep',
        CORS_ORIGINS: 'https://a.example/path',
        REDIS_URL: 'http://127.0.0.1:6379',
        SHUTDOWN_GRACE_MS: '60000',
      });
    } catch (e) {
      error = e as ConfigError;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect(error!.problems.map((p) => p.split('=')[0])).toEqual(['BOOTSTRAP_ADMIN_TOKEN', 'MAX_DEPTH', 'REDIS_URL', 'CORS_ORIGINS', 'SHUTDOWN_GRACE_MS']);
  });
});
