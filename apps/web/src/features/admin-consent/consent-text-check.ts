/** Mirrors consentTextSchema in packages/core/src/schemas.ts. */
const minLength = 50;
const maxLength = 20_000;

export function checkConsentText(text: string): string | undefined {
  const length = text.trim().length;
  if (length < minLength) return `The consent text needs at least ${minLength} characters.`;
  if (length > maxLength) return `Use at most ${maxLength.toLocaleString('en')} characters.`;
  return undefined;
}
