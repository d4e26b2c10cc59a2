import { describe, expect, it } from 'vitest';
import { createSubmitGuard } from './use-submit-guard.ts';

describe('createSubmitGuard', () => {
  it('lets the first submission through and refuses more until it has settled', () => {
    const guard = createSubmitGuard();
    expect(guard.begin()).toBe(true);
    expect(guard.begin()).toBe(false);
    expect(guard.begin()).toBe(false);
    guard.end();
    expect(guard.begin()).toBe(true);
  });

  it('keeps separate forms apart', () => {
    const invite = createSubmitGuard();
    const archive = createSubmitGuard();
    expect(invite.begin()).toBe(true);
    expect(archive.begin()).toBe(true);
  });
});
