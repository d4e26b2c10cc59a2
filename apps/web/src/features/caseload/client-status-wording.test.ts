import { describe, expect, it } from 'vitest';
import { clientStatusWording } from './client-status-wording.ts';

describe('clientStatusWording', () => {
  it('says what archiving does: no sign-in, signed out at once, record kept, restorable', () => {
    const text = clientStatusWording.archive.body('Riley').join(' ');
    expect(text).toMatch(/^Riley can no longer sign in to this practice\./);
    expect(text).toMatch(/signed out at once/);
    expect(text).toMatch(/record is kept/);
    expect(text).toMatch(/restoring them gives their access back/);
  });

  it('says restoring gives access back', () => {
    expect(clientStatusWording.restore.body().join(' ')).toMatch(/can sign in .* again/);
  });
});
