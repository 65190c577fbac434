import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { sleep } from './http';

const REDIS_SERVER = '/usr/bin/redis-server';

/** Whether a real Redis can run here; tests that need it are skipped, saying so, when not. */
export const redisAvailable = existsSync(REDIS_SERVER);
if (!redisAvailable) {
  console.warn(`SKIPPED: the Redis tests need ${REDIS_SERVER}: install it with \`apt-get install -y redis-server\` (npm test tries to).`);
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function waitForPort(port: number): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => (socket.destroy(), resolve(true)));
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await sleep(50);
  }
  throw new Error(`redis-server did not listen on ${port}`);
}

/** A throwaway redis-server on a free port, nothing saved to disk. */
export async function startRedis(port?: number): Promise<{ url: string; port: number; stop(): void }> {
  port ??= await freePort();
  const redis = spawn(REDIS_SERVER, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  try {
    await waitForPort(port);
  } catch (error) {
    redis.kill('SIGTERM');
    throw error;
  }
  return { url: `redis://127.0.0.1:${port}`, port, stop: () => redis.kill('SIGTERM') };
}
