import { describe, expect, it } from 'vitest';
import { createActivityTracker, recentActivityMs } from './user-activity.ts';

function setUp() {
  let time = 1_000_000;
  const target = new EventTarget();
  const tracker = createActivityTracker({ target, now: () => time });
  return {
    tracker,
    target,
    advance: (ms: number) => {
      time += ms;
    },
  };
}

describe('createActivityTracker', () => {
  it('counts loading the page as activity, for the window and no longer', () => {
    const { tracker, advance } = setUp();
    expect(tracker.isRecent()).toBe(true);
    advance(recentActivityMs);
    expect(tracker.isRecent()).toBe(true);
    advance(1);
    expect(tracker.isRecent()).toBe(false);
  });

  it('starts the window again at every press, key or touch', () => {
    const { tracker, target, advance } = setUp();
    for (const type of ['pointerdown', 'keydown', 'touchstart']) {
      advance(recentActivityMs + 1);
      expect(tracker.isRecent()).toBe(false);
      target.dispatchEvent(new Event(type));
      expect(tracker.isRecent()).toBe(true);
    }
  });

  it('ignores events that are not the person’s input', () => {
    const { tracker, target, advance } = setUp();
    advance(recentActivityMs + 1);
    for (const type of ['focus', 'visibilitychange', 'scroll', 'pointermove'])
      target.dispatchEvent(new Event(type));
    expect(tracker.isRecent()).toBe(false);
  });

  it('stops listening when stopped', () => {
    const { tracker, target, advance } = setUp();
    tracker.stop();
    advance(recentActivityMs + 1);
    target.dispatchEvent(new Event('keydown'));
    expect(tracker.isRecent()).toBe(false);
  });
});
