/**
 * Why Tandem cannot start, said so that the person at the terminal can act on
 * it: what is wrong, and what to do about it. Startup code throws these instead
 * of letting a driver or child-process error (and its stack) reach the user.
 */
export type StartupErrorCode =
  /** The embedded PostgreSQL binaries are missing for this platform. */
  | 'EMBEDDED_BINARIES_MISSING'
  /** Tandem runs as root and cannot find or create the `postgres` user. */
  | 'POSTGRES_USER_MISSING'
  /** The `postgres` user cannot enter a folder on the way to the data or the binaries. */
  | 'DATA_DIR_NOT_TRAVERSABLE'
  /** Tandem cannot create or write the data folder. */
  | 'DATA_DIR_NOT_WRITABLE'
  /** The cluster folder belongs to another user or is open to others. */
  | 'DATA_DIR_PERMISSIONS'
  /** The cluster folder holds files that are not a PostgreSQL cluster. */
  | 'DATA_DIR_NOT_A_CLUSTER'
  /** The cluster was made by another PostgreSQL major version. */
  | 'DATA_DIR_WRONG_VERSION'
  /** Another running Tandem uses this data folder. */
  | 'DATA_DIR_IN_USE'
  /** The file with the embedded database password is gone. */
  | 'EMBEDDED_PASSWORD_MISSING'
  /** A PostgreSQL left behind by a crash would not stop. */
  | 'STALE_SERVER_NOT_STOPPED'
  /** Something else listens on the embedded PostgreSQL port. */
  | 'PORT_IN_USE'
  /** The embedded PostgreSQL failed to initialise or start for another reason. */
  | 'EMBEDDED_START_FAILED'
  | 'DATABASE_URL_INVALID'
  | 'DATABASE_UNREACHABLE'
  | 'DATABASE_AUTH_FAILED'
  | 'DATABASE_MISSING'
  | 'DATABASE_CONNECT_FAILED'
  /** The server is older than PostgreSQL 15. */
  | 'DATABASE_TOO_OLD'
  /** fsync or synchronous_commit is off: acknowledged writes could be lost. */
  | 'DATABASE_NOT_DURABLE'
  /** The database has migrations applied that this build does not know. */
  | 'SCHEMA_NEWER_THAN_APP'
  | 'MIGRATION_FAILED'
  /** The role that migrates does not own the schema's tables, so it cannot grant the app role. */
  | 'DATABASE_OWNER_MISMATCH'
  /** The embedded roles or database could not be set up (ADR 0007). */
  | 'EMBEDDED_ROLES_FAILED'
  /** The embedded PostgreSQL died while Tandem ran and could not be restarted. */
  | 'EMBEDDED_SERVER_LOST'
  /** Something else listens on Tandem's HTTP port. */
  | 'HTTP_PORT_IN_USE'
  /** Tandem may not or cannot listen on PORT/HOST for another reason. */
  | 'HTTP_LISTEN_FAILED'
  /** The audit signing key cannot be read or created. */
  | 'AUDIT_KEY_UNUSABLE'
  /** The encryption keyring file cannot be read, made or understood (ADR 0014). */
  | 'ENCRYPTION_KEY_UNUSABLE'
  /** The encryption keyring file is readable by others than Tandem's user. */
  | 'ENCRYPTION_KEY_PERMISSIONS';

export class StartupError extends Error {
  override readonly name = 'StartupError';

  constructor(
    readonly code: StartupErrorCode,
    message: string,
    /** One or two sentences the user can follow, with commands where they help. */
    readonly fix: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function isStartupError(value: unknown): value is StartupError {
  return value instanceof StartupError;
}

/** The terminal text for a startup failure: the problem, the fix, the code; no stack. */
export function formatStartupError(error: StartupError): string {
  return [`Tandem cannot start: ${error.message}`, `Fix: ${error.fix}`, `(${error.code})`].join(
    '\n',
  );
}

/** The terminal text when Tandem had to stop while running (e.g. its database was lost for good). */
export function formatStoppedError(error: StartupError): string {
  return [`Tandem stopped: ${error.message}`, `Fix: ${error.fix}`, `(${error.code})`].join('\n');
}
