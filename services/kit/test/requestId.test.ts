import type { IncomingMessage } from 'node:http';
import { requestIdOf } from '../src';

const request = (headers: Record<string, string> = {}) => ({ headers }) as unknown as IncomingMessage;

describe('the request id', () => {
  it('is decided once per request: every layer that asks gets the same one', () => {
    const req = request();
    const id = requestIdOf(req);
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestIdOf(req)).toBe(id);
    expect(requestIdOf(request())).not.toBe(id);
  });

  it('reuses a well-formed incoming id and replaces a malformed one', () => {
    expect(requestIdOf(request({ 'x-request-id': 'dashboard-42' }))).toBe('dashboard-42');
    expect(requestIdOf(request({ 'x-request-id': 'not well formed!' }))).toMatch(/^[0-9a-f-]{36}$/);
  });
});
