import { StartupError } from './startup-error.ts';

export interface DatabaseTarget {
  host: string;
  port: string;
  user: string;
  database: string;
}

/** The parts of a postgres:// url that are safe to print (never the password). */
export function describeDatabaseUrl(url: string, variable = 'DATABASE_URL'): DatabaseTarget {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch (cause) {
    throw new StartupError(
      'DATABASE_URL_INVALID',
      `${variable} is not a valid URL.`,
      'Write it as postgres://USER:PASSWORD@HOST:5432/DATABASE (percent-encode special characters in the password).',
      { cause },
    );
  }
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
    throw new StartupError(
      'DATABASE_URL_INVALID',
      `${variable} starts with "${parsed.protocol}", not "postgres:".`,
      'Write it as postgres://USER:PASSWORD@HOST:5432/DATABASE.',
    );
  }
  const user = decodeURIComponent(parsed.username);
  return {
    host: parsed.searchParams.get('host') ?? (parsed.hostname || 'localhost'),
    port: parsed.port || '5432',
    user: user || '(the current system user)',
    database: decodeURIComponent(parsed.pathname.slice(1)) || user || '(the default database)',
  };
}

/** The url with its password replaced, for logs and messages. */
export function redactDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password !== '') parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(an unparseable url)';
  }
}

function codesOf(error: unknown): string[] {
  if (typeof error !== 'object' || error === null) return [];
  const own = 'code' in error && typeof error.code === 'string' ? [error.code] : [];
  // Node reports a refused dual-stack connect ("localhost") as an AggregateError.
  const inner = error instanceof AggregateError ? error.errors.flatMap(codesOf) : [];
  return [...own, ...inner];
}

function messageOf(error: unknown): string {
  if (error instanceof AggregateError) return error.errors.map(messageOf).join('; ');
  return error instanceof Error ? error.message : String(error);
}

const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ECONNRESET',
]);

/**
 * Turn what `pg` throws while connecting into a StartupError with a fix. The
 * SQLSTATE classes: 28xxx refused login (password, role, pg_hba.conf),
 * 3D000 missing database.
 */
export function connectionFailure(
  error: unknown,
  url: string,
  /** The setting that holds the url, named in the fixes. */
  variable = 'DATABASE_URL',
): StartupError {
  const target = describeDatabaseUrl(url, variable);
  const where = `${target.host}:${target.port}`;
  const codes = codesOf(error);
  const detail = messageOf(error);
  if (codes.some((code) => UNREACHABLE.has(code)) || /timeout/i.test(detail)) {
    return new StartupError(
      'DATABASE_UNREACHABLE',
      `Cannot reach PostgreSQL at ${where} (${detail}).`,
      `Check the host and port in ${variable}, that the server is running, and that it accepts TCP connections from this machine (listen_addresses, firewall).`,
      { cause: error },
    );
  }
  if (codes.some((code) => code.startsWith('28')) || /password|SASL|SCRAM/i.test(detail)) {
    return new StartupError(
      'DATABASE_AUTH_FAILED',
      `PostgreSQL at ${where} refused user "${target.user}": ${detail}.`,
      `Check the user name and password in ${variable} (percent-encode special characters) and the server's pg_hba.conf.`,
      { cause: error },
    );
  }
  if (codes.includes('3D000')) {
    return new StartupError(
      'DATABASE_MISSING',
      `The database "${target.database}" does not exist on ${where}.`,
      `Create it (createdb -h ${target.host} -p ${target.port} -U ${target.user} ${target.database}) and start again, or name an existing database in ${variable}.`,
      { cause: error },
    );
  }
  return new StartupError(
    'DATABASE_CONNECT_FAILED',
    `Cannot connect to PostgreSQL at ${where}: ${detail}.`,
    `Check ${variable} and the server log of that PostgreSQL.`,
    { cause: error },
  );
}
