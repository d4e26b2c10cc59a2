/**
 * Field checks run before a form is sent, so people get an answer at once.
 * The server checks again with the schemas in @tandem/core; these mirror them
 * without importing Zod into the browser bundle.
 */

/** Mirrors PASSWORD_MIN_LENGTH in packages/core/src/schemas.ts. */
export const passwordMinLength = 10;
const passwordMaxLength = 200;
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export type FieldErrors<Field extends string> = Partial<Record<Field, string>>;

export function checkEmail(value: string): string | undefined {
  const email = value.trim();
  if (email === '') return 'Enter an email address.';
  if (email.length > 254 || !emailPattern.test(email)) {
    return 'Enter an email address like name@example.org.';
  }
  return undefined;
}

export function checkRequired(value: string, message: string): string | undefined {
  return value.trim() === '' ? message : undefined;
}

export function checkNewPassword(value: string): string | undefined {
  if (value.length < passwordMinLength) return `Use at least ${passwordMinLength} characters.`;
  if (value.length > passwordMaxLength) return `Use at most ${passwordMaxLength} characters.`;
  return undefined;
}

export function checkPasswordConfirmation(password: string, confirmation: string) {
  if (confirmation === '') return 'Type the new password again.';
  return password === confirmation ? undefined : 'The two passwords are not the same.';
}

/** Keeps only the fields that have a message, in the order given. */
export function collectErrors<Field extends string>(
  checks: ReadonlyArray<readonly [Field, string | undefined]>,
): FieldErrors<Field> {
  const errors: FieldErrors<Field> = {};
  for (const [field, message] of checks) if (message !== undefined) errors[field] = message;
  return errors;
}

export function hasErrors(errors: FieldErrors<string>): boolean {
  return Object.keys(errors).length > 0;
}
