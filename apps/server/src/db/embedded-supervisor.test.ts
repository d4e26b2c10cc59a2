import type { ChildProcess } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { embeddedPaths } from './embedded-data-dir.ts';
import { superviseServer } from './embedded-supervisor.ts';
import type { StartupError } from './startup-error.ts';

/** Stands in for the postgres child: `die()` is an unexpected exit, `kill()` a requested stop. */
class FakeServer extends EventEmitter {
  exitCode: number | null = null;
  signalCode: NodeJS.Signals | null = null;
  pid = 4242;
  kills: string[] = [];
  kill(signal: NodeJS.Signals): boolean {
    this.kills.push(signal);
    this.signalCode = signal;
    queueMicrotask(() => this.emit('exit', null, signal));
    return true;
  }
  die(): void {
    this.signalCode = 'SIGKILL';
    this.emit('exit', null, 'SIGKILL');
  }
}

const paths = embeddedPaths('/srv/tandem/data');
const quiet = { info() {}, warn() {}, error() {} };
const asChild = (server: FakeServer) => server as unknown as ChildProcess;
const settle = () => new Promise((resolve) => setTimeout(resolve, 30));

describe('superviseServer', () => {
  it('starts a server that died again, and stops the new one on stop()', async () => {
    const first = new FakeServer();
    const second = new FakeServer();
    const fatal: StartupError[] = [];
    const supervisor = superviseServer(asChild(first), {
      paths,
      log: quiet,
      relaunch: () => Promise.resolve(asChild(second)),
      onFatal: (error) => fatal.push(error),
      restartDelaysMs: [1, 1, 1],
    });
    first.die();
    await settle();
    await supervisor.stop();
    expect(second.kills).toEqual(['SIGINT']);
    expect(first.kills).toEqual([]);
    expect(fatal).toEqual([]);
  });

  it('gives up after the last attempt and reports it once, naming the log', async () => {
    const first = new FakeServer();
    let attempts = 0;
    const fatal: StartupError[] = [];
    superviseServer(asChild(first), {
      paths,
      log: quiet,
      relaunch: () => {
        attempts += 1;
        return Promise.reject(new Error('could not bind'));
      },
      onFatal: (error) => fatal.push(error),
      restartDelaysMs: [1, 1, 1],
    });
    first.die();
    await settle();
    expect(attempts).toBe(3);
    expect(fatal).toHaveLength(1);
    expect(fatal[0]).toMatchObject({ code: 'EMBEDDED_SERVER_LOST' });
    expect(fatal[0]?.message).toContain('could not be started again (3 attempts)');
    expect(fatal[0]?.message).toContain('could not bind');
    expect(fatal[0]?.fix).toContain('/srv/tandem/data/postgres.log');
  });

  it('ends a restart in progress when Tandem stops, without starting a server', async () => {
    const first = new FakeServer();
    let attempts = 0;
    const fatal: StartupError[] = [];
    const supervisor = superviseServer(asChild(first), {
      paths,
      log: quiet,
      relaunch: () => {
        attempts += 1;
        return Promise.resolve(asChild(new FakeServer()));
      },
      onFatal: (error) => fatal.push(error),
      restartDelaysMs: [60_000],
    });
    first.die();
    const started = Date.now();
    await supervisor.stop();
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(attempts).toBe(0);
    expect(fatal).toEqual([]);
  });

  it('does not restart a server it was asked to stop', async () => {
    const first = new FakeServer();
    let attempts = 0;
    const supervisor = superviseServer(asChild(first), {
      paths,
      log: quiet,
      relaunch: () => {
        attempts += 1;
        return Promise.resolve(asChild(new FakeServer()));
      },
      onFatal: () => undefined,
      restartDelaysMs: [1],
    });
    await supervisor.stop();
    await settle();
    expect(first.kills).toEqual(['SIGINT']);
    expect(attempts).toBe(0);
  });
});
