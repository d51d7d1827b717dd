/**
 * The built app for the benchmark: `vite build`, then `vite preview` on a free local port
 * in its own process group, so that stopping it also stops the server npx started.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/** Builds the app into dist/; throws when the build fails. */
export function buildApp(): void {
  const result = spawnSync('npx', ['vite', 'build'], { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  if (result.status !== 0)
    throw new Error(`vite build failed (exit ${result.status ?? result.signal})\n${result.stdout}`);
}

/** A TCP port that is free on 127.0.0.1 right now. */
export function findFreePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

/** A running `vite preview`. */
export interface PreviewServer {
  url: string;
  /** Stops the server and its children; safe to call more than once. */
  stop(): void;
}

function stopGroup(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // The group is already gone.
  }
}

async function waitUntilServing(
  url: string,
  child: ChildProcess,
  output: () => string,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited (${child.exitCode}):\n${output()}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((wake) => setTimeout(wake, 100));
  }
  throw new Error(`vite preview did not answer at ${url} within ${timeoutMs / 1000} s:\n${output()}`);
}

/** Serves dist/ with `vite preview --host 127.0.0.1 --port <port> --strictPort`. */
export async function startPreview(port: number): Promise<PreviewServer> {
  const child = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout?.on('data', (chunk) => (log += chunk));
  child.stderr?.on('data', (chunk) => (log += chunk));
  const server: PreviewServer = { url: `http://127.0.0.1:${port}/`, stop: () => stopGroup(child) };
  try {
    await waitUntilServing(server.url, child, () => log, 30_000);
  } catch (error) {
    server.stop();
    throw error;
  }
  return server;
}
