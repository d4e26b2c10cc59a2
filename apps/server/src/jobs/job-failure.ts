/** What an error code may look like: a code, never a sentence that could carry an address or a name. */
const CODE = /^[A-Za-z0-9_.:-]{1,64}$/;

/**
 * A handler's way to say why a try failed: the code is stored on the job and
 * logged (never the message). `retry: false` ends the job at once, for
 * failures another try cannot mend (the record it was about is gone).
 */
export class JobFailure extends Error {
  readonly code: string;
  readonly retry: boolean;

  constructor(code: string, options: { retry?: boolean; cause?: unknown } = {}) {
    super(code, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'JobFailure';
    this.code = CODE.test(code) ? code : 'JOB_FAILURE';
    this.retry = options.retry ?? true;
  }
}

/**
 * The code stored for a failed try: a JobFailure's, else a driver's code
 * (`ECONNREFUSED`, PostgreSQL's `40001`, nodemailer's `EAUTH`), else the
 * error's class name. Messages are never kept: they may quote an address.
 */
export function failureCode(error: unknown): string {
  if (error instanceof JobFailure) return error.code;
  if (!(error instanceof Error)) return 'UNKNOWN_ERROR';
  const code = 'code' in error && typeof error.code === 'string' ? error.code : '';
  if (CODE.test(code)) return code;
  return CODE.test(error.name) ? error.name : 'UNKNOWN_ERROR';
}

export function isFinalFailure(error: unknown): boolean {
  return error instanceof JobFailure && !error.retry;
}

const FIRST_RETRY_MS = 30_000;
const LONGEST_RETRY_MS = 3_600_000;

/** Delay before the next try after `attempts` tries: 30 s, 1 min, 2 min, … at most an hour. */
export function retryDelayMs(attempts: number): number {
  return Math.min(LONGEST_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1));
}
