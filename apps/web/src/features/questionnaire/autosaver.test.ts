import { describe, expect, it, vi } from 'vitest';
import { createAutosaver } from './autosaver.ts';
import type { AutosaveStatus } from './autosaver.ts';

function setup(save: (value: number) => Promise<unknown>) {
  vi.useFakeTimers();
  const statuses: AutosaveStatus[] = [];
  const saver = createAutosaver({ save, delayMs: 800, onStatus: (s) => statuses.push(s) });
  return { saver, statuses };
}

describe('createAutosaver', () => {
  it('saves the latest value once the person pauses, then says Saved', async () => {
    const saved: number[] = [];
    const { saver, statuses } = setup((value) => {
      saved.push(value);
      return Promise.resolve();
    });
    saver.schedule(1);
    await vi.advanceTimersByTimeAsync(500);
    saver.schedule(2);
    await vi.advanceTimersByTimeAsync(500);
    expect(saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(300);
    expect(saved).toEqual([2]);
    expect(statuses).toEqual(['saving', 'saved']);
    vi.useRealTimers();
  });

  it('saves one at a time, in order', async () => {
    const order: string[] = [];
    let release: () => void = () => undefined;
    const { saver } = setup((value) => {
      order.push(`start ${value}`);
      return new Promise<void>((resolve) => {
        release = () => {
          order.push(`end ${value}`);
          resolve();
        };
      });
    });
    saver.schedule(1);
    await vi.advanceTimersByTimeAsync(800);
    saver.schedule(2);
    await vi.advanceTimersByTimeAsync(800);
    expect(order).toEqual(['start 1']);
    release();
    await vi.advanceTimersByTimeAsync(0);
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(order).toEqual(['start 1', 'end 1', 'start 2', 'end 2']);
    vi.useRealTimers();
  });

  it('tries the same answers again a while after a failure', async () => {
    let fail = true;
    const saved: number[] = [];
    const { saver, statuses } = setup((value) => {
      if (fail) return Promise.reject(new Error('offline'));
      saved.push(value);
      return Promise.resolve();
    });
    saver.schedule(1);
    await vi.advanceTimersByTimeAsync(800);
    expect(statuses.at(-1)).toBe('failed');
    fail = false;
    await vi.advanceTimersByTimeAsync(14_000);
    expect(saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(saved).toEqual([1]);
    expect(statuses.at(-1)).toBe('saved');
    vi.useRealTimers();
  });

  it('reports a failure and tries again with the next change', async () => {
    let fail = true;
    const { saver, statuses } = setup(() =>
      fail ? Promise.reject(new Error('offline')) : Promise.resolve(),
    );
    saver.schedule(1);
    await vi.advanceTimersByTimeAsync(800);
    expect(statuses.at(-1)).toBe('failed');
    fail = false;
    saver.schedule(2);
    await vi.advanceTimersByTimeAsync(800);
    expect(statuses.at(-1)).toBe('saved');
    vi.useRealTimers();
  });

  it('saves a waiting value at once on flush, and nothing after stop', async () => {
    const saved: number[] = [];
    const { saver } = setup((value) => {
      saved.push(value);
      return Promise.resolve();
    });
    saver.schedule(1);
    saver.flush();
    await vi.advanceTimersByTimeAsync(0);
    expect(saved).toEqual([1]);
    saver.schedule(2);
    saver.stop();
    saver.schedule(3);
    await vi.advanceTimersByTimeAsync(2000);
    expect(saved).toEqual([1]);
    vi.useRealTimers();
  });
});

describe('shouldRetry', () => {
  it('does not try a refused save again by itself', async () => {
    vi.useFakeTimers();
    let calls = 0;
    const saver = createAutosaver<number>({
      save: () => {
        calls += 1;
        return Promise.reject(new Error('refused'));
      },
      onStatus: () => undefined,
      delayMs: 800,
      shouldRetry: () => false,
    });
    saver.schedule(1);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(calls).toBe(1);
    vi.useRealTimers();
  });
});

describe('cancel', () => {
  it('drops a waiting value but keeps saving later changes', async () => {
    const saved: number[] = [];
    const { saver } = setup((value) => {
      saved.push(value);
      return Promise.resolve();
    });
    saver.schedule(1);
    saver.cancel();
    await vi.advanceTimersByTimeAsync(2000);
    saver.schedule(2);
    await vi.advanceTimersByTimeAsync(800);
    expect(saved).toEqual([2]);
    vi.useRealTimers();
  });
});
