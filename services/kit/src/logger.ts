import pino, { type Logger } from 'pino';

export type { Logger };

/** Structured JSON logs on stdout; every line names its service, request lines carry `requestId`. */
export function createLogger(service: string, level: string = 'info'): Logger {
  return pino({ name: service, level, base: { service }, timestamp: pino.stdTimeFunctions.isoTime });
}
