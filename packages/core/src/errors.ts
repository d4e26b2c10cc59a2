/**
 * The one catalogue of coded errors. Every error a user or client program can
 * see has a stable `code` from here; the HTTP status is decided here too, in
 * one place, and the server maps it (services never know about HTTP).
 * docs/ERRORS.md is generated from this table; keep the messages plain.
 */
export const errorCatalogue = {
  VALIDATION_FAILED: { status: 400, message: 'Some of the information is not valid.' },
  UNKNOWN_FIELD: { status: 400, message: 'The request has a field that is not allowed.' },
  MALFORMED_REQUEST: { status: 400, message: 'The request could not be read.' },
  TOKEN_INVALID: {
    status: 400,
    message: 'This link is no longer valid. It may have expired or been used already.',
  },
  CONSENT_REQUIRED: {
    status: 400,
    message: 'Please read and accept the consent text to continue.',
  },
  AUTHENTICATION_REQUIRED: { status: 401, message: 'Please sign in.' },
  SESSION_EXPIRED: {
    status: 401,
    message: 'You were signed out after a period of inactivity. Please sign in again.',
  },
  INVALID_CREDENTIALS: { status: 401, message: 'The e-mail address or password is not correct.' },
  CSRF_TOKEN_INVALID: {
    status: 403,
    message: 'The page was open too long or in another tab. Reload it and try again.',
  },
  FORBIDDEN: { status: 403, message: 'Your role does not allow this.' },
  CONSENT_PENDING: {
    status: 403,
    message: 'Please read and accept the consent text before you continue.',
  },
  NOT_FOUND: { status: 404, message: 'Not found.' },
  METHOD_NOT_ALLOWED: { status: 405, message: 'This method is not allowed here.' },
  SUBMISSION_ID_REUSED: {
    status: 409,
    message: 'This id was already used for a different submission.',
  },
  EMAIL_IN_USE: {
    status: 409,
    message: 'Someone in this practice already has this e-mail address.',
  },
  CONSENT_VERSION_STALE: {
    status: 409,
    message: 'The consent text has changed. Please read the new version.',
  },
  VERSION_CONFLICT: {
    status: 409,
    message: 'Someone else changed this first. Reload and try again.',
  },
  CLIENTS_NEED_THERAPIST: {
    status: 409,
    message: 'Some clients would have no therapist. Choose who takes them over.',
  },
  INSTRUMENT_LICENCE_REQUIRED: {
    status: 409,
    message: 'This measure needs its licence accepted by the practice admin first.',
  },
  ALERT_FALLBACK_REQUIRED: {
    status: 409,
    message:
      'This measure asks about risk. The practice admin must first name who is told when an alert is not answered in time.',
  },
  NOT_A_QUESTIONNAIRE: {
    status: 400,
    message: 'This is not a FHIR Questionnaire.',
  },
  QUESTIONNAIRE_IDENTITY_MISSING: {
    status: 400,
    message: 'The Questionnaire needs a url and a version, so answers stay tied to what was asked.',
  },
  QUESTIONNAIRE_ITEM_UNSUPPORTED: {
    status: 400,
    message: 'The Questionnaire has an item that Tandem cannot show to clients.',
  },
  QUESTIONNAIRE_URL_RESERVED: {
    status: 400,
    message: "This url is Tandem's own. Built-in measures are already in the library.",
  },
  QUESTIONNAIRE_NOT_SCORABLE: {
    status: 400,
    message: 'The instrument library cannot read this Questionnaire.',
  },
  QUESTIONNAIRE_TOO_LARGE: {
    status: 400,
    message: 'The Questionnaire is too large to import.',
  },
  QUESTIONNAIRE_ALREADY_IMPORTED: {
    status: 409,
    message:
      'This version of this Questionnaire is already imported. Give a new version a new version number.',
  },
  PLAN_VERSION_STALE: {
    status: 412,
    message:
      'Someone saved a newer version of this plan while you were editing. Look at the changes, then save again.',
  },
  HIERARCHY_VERSION_STALE: {
    status: 412,
    message:
      'Someone saved a newer version of this hierarchy while you were editing. Look at the changes, then save again.',
  },
  INSTRUMENT_RETIRED: {
    status: 409,
    message: 'This measure is retired and cannot be assigned any more.',
  },
  MEASURE_NOT_OPEN: {
    status: 409,
    message: 'This questionnaire is not open any more. Your therapist can send it again.',
  },
  MEASURE_ALREADY_ANSWERED: {
    status: 409,
    message: 'This questionnaire has already been answered.',
  },
  HOMEWORK_NOT_OPEN: {
    status: 409,
    message: 'This homework was cancelled or already answered, so it cannot be changed.',
  },
  GOAL_SCALE_MISSING: {
    status: 409,
    message: 'Write what the expected outcome looks like before rating this goal.',
  },
  SAFETY_CHECK_NOT_OPEN: {
    status: 409,
    message: 'This check is not waiting for an answer. Your therapist can ask for it again.',
  },
  ALERT_RESOLVED: {
    status: 409,
    message: 'This alert is already resolved, so it cannot be acknowledged again.',
  },
  PAYLOAD_TOO_LARGE: { status: 413, message: 'The request is too large.' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, message: 'Send the request as JSON.' },
  RATE_LIMITED: {
    status: 429,
    message: 'Too many attempts. Please wait a few minutes and try again.',
  },
  SERVICE_UNAVAILABLE: {
    status: 503,
    message: 'Tandem is busy or starting. Please try again in a moment.',
  },
  INTERNAL: { status: 500, message: 'Something went wrong on our side. Nothing was changed.' },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof errorCatalogue;

/** A domain error: a value with a stable code, never an HTTP exception. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly path: string | undefined;
  readonly retryAfterSeconds: number | undefined;
  /** What the client needs to recover, e.g. the current version after a stale save (412). */
  readonly current: unknown;

  constructor(
    code: ErrorCode,
    options: {
      message?: string;
      path?: string;
      retryAfterSeconds?: number;
      current?: unknown;
    } = {},
  ) {
    super(options.message ?? errorCatalogue[code].message);
    this.name = 'AppError';
    this.code = code;
    this.path = options.path;
    this.retryAfterSeconds = options.retryAfterSeconds;
    this.current = options.current;
  }
}

export interface ErrorBody {
  code: ErrorCode;
  message: string;
  path?: string;
  /** With PLAN_VERSION_STALE: the version that is current now. */
  current?: unknown;
}

export function statusOf(code: ErrorCode): number {
  return errorCatalogue[code].status;
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}

/** Shorthand used by services: `throw notFound()` for any out-of-scope id. */
export const notFound = (): AppError => new AppError('NOT_FOUND');
