// Configuration is read once per process from the environment and checked as a whole:
// the process refuses to start and lists every problem at once.

export interface Variable<T> {
  /** Environment variable name. */
  name: string;
  description: string;
  /** Used when the variable is unset or empty; a variable without default is required. */
  default?: string;
  parse(raw: string): T;
}

type Spec = Record<string, Variable<unknown>>;
type ConfigOf<S extends Spec> = { [K in keyof S]: S[K] extends Variable<infer T> ? T : never };

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function parseConfig<S extends Spec>(spec: S, source: NodeJS.ProcessEnv = process.env): ConfigOf<S> {
  const problems: string[] = [];
  const config: Record<string, unknown> = {};
  for (const [key, variable] of Object.entries(spec)) {
    const raw = source[variable.name];
    const value = raw === undefined || raw === '' ? variable.default : raw;
    if (value === undefined) {
      problems.push(`${variable.name} is required: ${variable.description}`);
      continue;
    }
    try {
      config[key] = variable.parse(value);
    } catch (error) {
      problems.push(`${variable.name}=${JSON.stringify(raw)}: ${(error as Error).message}`);
    }
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return config as ConfigOf<S>;
}

type Options = { description: string; default?: string | number | boolean };
const withDefault = (o: Options) => (o.default === undefined ? {} : { default: String(o.default) });

export const env = {
  string: (name: string, o: Options & { minLength?: number }): Variable<string> => ({
    name,
    description: o.description,
    ...withDefault(o),
    parse(raw) {
      if (o.minLength && raw.length < o.minLength) throw new Error(`must be at least ${o.minLength} characters`);
      return raw;
    },
  }),
  int: (name: string, o: Options & { min?: number; max?: number }): Variable<number> => ({
    name,
    description: o.description,
    ...withDefault(o),
    parse(raw) {
      const n = Number(raw);
      if (!Number.isInteger(n)) throw new Error('must be an integer');
      if (o.min !== undefined && n < o.min) throw new Error(`must be >= ${o.min}`);
      if (o.max !== undefined && n > o.max) throw new Error(`must be <= ${o.max}`);
      return n;
    },
  }),
  port: (name: string, o: Options): Variable<number> => env.int(name, { ...o, min: 0, max: 65535 }),
  bool: (name: string, o: Options): Variable<boolean> => ({
    name,
    description: o.description,
    ...withDefault(o),
    parse(raw) {
      if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())) return true;
      if (['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) return false;
      throw new Error('must be true or false');
    },
  }),
  url: (name: string, o: Options & { protocols?: string[] }): Variable<string> => ({
    name,
    description: o.description,
    ...withDefault(o),
    parse(raw) {
      const url = new URL(raw);
      if (o.protocols && !o.protocols.includes(url.protocol)) {
        throw new Error(`must use ${o.protocols.join(' or ')}`);
      }
      return raw;
    },
  }),
  oneOf: <T extends string>(name: string, values: readonly T[], o: Options): Variable<T> => ({
    name,
    description: o.description,
    ...withDefault(o),
    parse(raw) {
      if (!values.includes(raw as T)) throw new Error(`must be one of ${values.join(', ')}`);
      return raw as T;
    },
  }),
};

/** Variables every service reads. */
export const commonVariables = {
  nodeEnv: env.oneOf('NODE_ENV', ['development', 'test', 'production'] as const, {
    description: 'Outside development, internal errors are masked and stack traces hidden.',
    default: 'development',
  }),
  errorStacktraces: env.bool('ERROR_STACKTRACES', {
    description: 'In development, add stack traces (with absolute paths) to error responses, for debugging; never outside development.',
    default: false,
  }),
  logLevel: env.oneOf('LOG_LEVEL', ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const, {
    description: 'Minimum level of the JSON logs written to stdout.',
    default: 'info',
  }),
  identitySecret: env.string('IDENTITY_SECRET', {
    description: 'Shared secret with which the gateway signs, and subgraphs verify, the caller identity (at least 32 characters).',
    minLength: 32,
  }),
};

/** Server-side time limit of a request's database commands by default: under the gateway's 10 s subgraph timeout. */
export const DEFAULT_DATABASE_TIMEOUT_MS = 8_000;

/**
 * Where a process serves /metrics: a port of its own, on loopback unless told otherwise. The default is
 * the HTTP port's plus 5400 (4000 → 9400, 4001 → 9401...), so the processes of one machine never collide.
 */
export function metricsVariables(defaultHttpPort: number) {
  return {
    metricsPort: env.port('METRICS_PORT', { description: 'Port serving /metrics (0: not served).', default: defaultHttpPort + 5_400 }),
    metricsHost: env.string('METRICS_HOST', { description: 'Interface /metrics listens on.', default: '127.0.0.1' }),
  };
}

/** Variables of a subgraph service, whose database name defaults to `fabrique_<service>`. */
export function subgraphVariables(service: string, defaultPort: number) {
  return {
    ...commonVariables,
    port: env.port('PORT', { description: `HTTP port of the ${service} subgraph.`, default: defaultPort }),
    host: env.string('HOST', { description: 'Interface to listen on.', default: '127.0.0.1' }),
    ...metricsVariables(defaultPort),
    mongodbUri: env.url('MONGODB_URI', {
      description: 'MongoDB connection string (MongoDB 7 or FerretDB).',
      default: 'mongodb://127.0.0.1:27017/',
      protocols: ['mongodb:', 'mongodb+srv:'],
    }),
    databaseName: env.string('MONGODB_DATABASE', {
      description: `Database owned by the ${service} subgraph.`,
      default: `fabrique_${service}`,
    }),
    databaseTimeoutMs: env.int('DATABASE_TIMEOUT_MS', {
      description: 'Server-side time limit (maxTimeMS) of each database query a request starts; keep it under the gateway\'s SUBGRAPH_TIMEOUT_MS.',
      default: DEFAULT_DATABASE_TIMEOUT_MS,
      min: 100,
    }),
    loaderBatching: env.bool('LOADER_BATCHING', {
      description: 'Batch the lookups of a request into one query per kind (false: one query per key, only to measure what batching is worth).',
      default: true,
    }),
  };
}
