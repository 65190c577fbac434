import { Agent, request as httpRequest } from 'node:http';
import { classify, requestBody, type RequestGenerator } from '../request';
import { emptyTally, record, type Tally } from './stats';

interface OpenLoopOptions {
  url: string;
  /** Requests per second, sent on schedule whatever the answers do. */
  rate: number;
  seconds: number;
  timeoutMs: number;
  next: RequestGenerator;
  /** Requests waiting at once beyond which the target is overloaded: what is due is not sent (default: one second of arrivals). */
  maxInFlight?: number;
}

/**
 * Latency at a fixed arrival rate, open loop: request i is due at start + i/rate and is sent then
 * even if earlier ones are still waiting (new connections are opened as needed), and its latency is
 * counted from that due time, not from when it actually left. A closed-loop tool (autocannon's
 * `overallRate` included) waits for an answer before sending on that connection, so a slow answer
 * delays the requests behind it and their wait is never measured (coordinated omission); here a
 * stall shows in the latency of every request it held up. A request not answered within the timeout
 * counts as an error (its latency, at least the timeout, stays in the figures). When a second's worth
 * of requests is waiting at once, the target is overloaded: a request then due is not sent but counted
 * as an error (OVERLOADED) with the timeout as its latency, so that a target far slower than the rate
 * is not buried under work it will finish long after the measurement (which would weigh on the next).
 */
export async function openLoop(options: OpenLoopOptions): Promise<Tally> {
  const tally = emptyTally();
  const target = new URL(`${options.url}/graphql`);
  const agent = new Agent({ keepAlive: true, maxSockets: Infinity });
  const total = Math.round(options.rate * options.seconds);
  const interval = 1000 / options.rate;
  const start = performance.now();
  const inFlight = new Set<Promise<void>>();

  const maxInFlight = options.maxInFlight ?? Math.max(1, options.rate);
  const send = (due: number) => {
    if (inFlight.size >= maxInFlight) {
      record(tally, 'not-sent', ['OVERLOADED'], options.timeoutMs);
      return;
    }
    const next = options.next();
    const body = requestBody(next);
    const done = new Promise<void>((resolve) => {
      let settled = false;
      const finish = (outcome: Parameters<typeof record>[1], codes: string[], answer: Parameters<NonNullable<typeof next.onAnswer>>[0]) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        record(tally, outcome, codes, performance.now() - due);
        next.onAnswer?.(answer);
        resolve();
      };
      const req = httpRequest(
        target,
        { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...next.headers } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => {
            const { outcome, answer, codes } = classify(res.statusCode ?? 0, Buffer.concat(chunks).toString('utf8'));
            finish(outcome, codes, answer);
          });
          res.on('error', () => finish('network-error', ['NETWORK'], null));
        },
      );
      const timer = setTimeout(() => {
        finish('timeout', ['TIMEOUT'], null);
        req.destroy();
      }, options.timeoutMs);
      req.on('error', () => finish('network-error', ['NETWORK'], null));
      req.end(body);
    });
    inFlight.add(done);
    void done.then(() => inFlight.delete(done));
  };

  let sent = 0;
  await new Promise<void>((resolve) => {
    const tick = () => {
      const now = performance.now();
      // Send everything due (a late timer catches up; each keeps its own due time).
      while (sent < total && start + sent * interval <= now) send(start + sent++ * interval);
      if (sent >= total) return resolve();
      setTimeout(tick, Math.max(0, start + sent * interval - performance.now()));
    };
    tick();
  });
  await Promise.all(inFlight);
  agent.destroy();
  tally.seconds = (performance.now() - start) / 1000;
  return tally;
}
