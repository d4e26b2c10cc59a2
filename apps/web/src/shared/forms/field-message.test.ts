import { describe, expect, it } from 'vitest';
import { messageForField } from './field-message.ts';

describe('messageForField', () => {
  it('drops the "path: " prefix the server adds to validation messages', () => {
    expect(messageForField('email: Enter an e-mail address like name@example.org.', 'email')).toBe(
      'Enter an e-mail address like name@example.org.',
    );
    expect(messageForField('newPassword: Use at least 10 characters.', 'newPassword')).toBe(
      'Use at least 10 characters.',
    );
  });

  it('starts the remaining sentence with a capital letter', () => {
    expect(messageForField('displayName: too long', 'displayName')).toBe('Too long');
  });

  it('keeps messages without the prefix, or with only the prefix, as they are', () => {
    expect(messageForField('This e-mail address already has an account.', 'email')).toBe(
      'This e-mail address already has an account.',
    );
    expect(messageForField('password: x', 'email')).toBe('password: x');
    expect(messageForField('email: ', 'email')).toBe('email: ');
  });
});
