import pino from 'pino';

/** A JSON logger like the gateway's, whose lines the test can read. */
export function capturedLogger() {
  const lines: Array<Record<string, any>> = [];
  const logger = pino({ level: 'debug', base: { service: 'gateway' } }, { write: (line: string) => lines.push(JSON.parse(line)) });
  return { logger, lines };
}
