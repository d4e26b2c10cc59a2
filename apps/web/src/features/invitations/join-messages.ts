/**
 * What a person joining with their existing password reads after too many
 * wrong tries (RATE_LIMITED). The wait comes from the answer's Retry-After.
 *
 * @example tooManyTriesMessage(600) // '… please wait 10 minutes and try again.'
 */
export function tooManyTriesMessage(retryAfterSeconds: number | undefined): string {
  return `There were too many tries with a wrong password. To keep your account safe, please wait ${waitText(retryAfterSeconds)} and try again.`;
}

function waitText(seconds: number | undefined): string {
  if (seconds === undefined) return 'a few minutes';
  const minutes = Math.ceil(seconds / 60);
  return minutes <= 1 ? 'a minute' : `${minutes} minutes`;
}
