import { describe, expect, it } from 'vitest';
import { tooManyTriesMessage } from './join-messages.ts';

describe('tooManyTriesMessage', () => {
  it('says how long to wait, in whole minutes rounded up', () => {
    expect(tooManyTriesMessage(600)).toMatch(/please wait 10 minutes and try again\.$/);
    expect(tooManyTriesMessage(601)).toMatch(/wait 11 minutes/);
    expect(tooManyTriesMessage(61)).toMatch(/wait 2 minutes/);
  });

  it('says "a minute" for a minute or less', () => {
    expect(tooManyTriesMessage(60)).toMatch(/wait a minute and/);
    expect(tooManyTriesMessage(1)).toMatch(/wait a minute and/);
  });

  it('says "a few minutes" when the server gave no time', () => {
    expect(tooManyTriesMessage(undefined)).toMatch(/wait a few minutes and/);
  });
});
