import { describe, expect, it } from 'vitest';
import { userStatusDone } from './user-status-wording.ts';

describe('userStatusDone', () => {
  it('confirms the change, and who took over the clients', () => {
    expect(userStatusDone('deactivate', 'Quinn')).toBe('Quinn is deactivated.');
    expect(userStatusDone('deactivate', 'Morgan', 'Parker')).toBe(
      'Morgan is deactivated. Their clients now have Parker on their care team.',
    );
    expect(userStatusDone('reactivate', 'Quinn')).toBe('Quinn is active again.');
  });
});
