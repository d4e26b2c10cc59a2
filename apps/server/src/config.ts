import net from 'node:net';
import path from 'node:path';
import { ConfiguredKeys, decodeConfiguredKey } from './crypto/configured-keys.ts';

/**
 * Runtime configuration, read once from the environment at start. Everything a
 * service needs is passed to it from here (no module reads process.env itself).
 */
export interface Config {
  port: number;
  host: string;
  /** Where the embedded PostgreSQL keeps its cluster (ignored with DATABASE_URL). */
  dataDir: string;
  /** External PostgreSQL; when unset Tandem starts its embedded one. The app's (least-privilege) role. */
  databaseUrl: string | null;
  /**
   * The owner role of the external database, used only to migrate (at start and by
   * commands that migrate); when unset, DATABASE_URL's role migrates too (ADR 0007).
   */
  databaseOwnerUrl: string | null;
  /**
   * Where a root Tandem keeps PostgreSQL's programs and clusters when the `postgres`
   * user cannot reach the checkout or the data folder (ADR 0001).
   */
  embeddedPgSystemDir: string;
  /** Port of the embedded PostgreSQL; 5432 belongs to a machine's own server. */
  embeddedPgPort: number;
  /** Create the demo practice on an empty database. */
  demo: boolean;
  demoPassword: string | null;
  smtpUrl: string | null;
  mailFrom: string;
  /** Public address used in e-mailed links. */
  publicUrl: string;
  /** Fastify trustProxy: true, a hop count or a list of addresses. */
  trustProxy: boolean | number | string;
  /** Cookies carry Secure when served over TLS (directly or behind a trusted proxy). */
  secureCookies: boolean;
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  logLevel: string;
  /** Built web app to serve; null serves the API only. */
  webDist: string | null;
  /** ISO 3166 country of new practices: which crisis lines clients see. */
  defaultCountry: string;
  /** Ed25519 key that signs audit checkpoints; never in the database (ADR 0008). */
  auditKeyFile: string;
  /** Where signed audit checkpoints are appended (keep a copy off this machine). */
  auditAnchorFile: string;
  /** How often a moved audit tip is anchored. */
  auditAnchorIntervalSeconds: number;
  /** How long the job runner sleeps when no job is due (jobs/README.md). */
  jobPollMs: number;
  /**
   * Send parameterised statements as named prepared statements (db/prepared-statements.ts).
   * Off only for a pooler that moves a session's statements between connections.
   */
  dbPreparedStatements: boolean;
  /** Where `tandem backup` writes, and where `tandem doctor` looks for recent backups. */
  backupDir: string;
  /**
   * Data keys from TANDEM_ENCRYPTION_KEY (and TANDEM_ENCRYPTION_PREVIOUS_KEYS); null when
   * the keyring file holds them. Key material stays private to the object (ADR 0014).
   */
  encryptionKeys: ConfiguredKeys | null;
  /** The keyring file that seals free text at rest; made at first start when no key is configured. */
  encryptionKeyFile: string;
  /** How often a running Tandem looks whether the keyring file changed (a rotation). */
  encryptionKeyCheckSeconds: number;
}

type Env = Record<string, string | undefined>;

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`${variable}: ${message}`);
  }
}

function intFrom(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(name, `must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function flagFrom(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(name, `must be 1 or 0, got "${raw}"`);
}

/** Names proxy-addr understands besides addresses and CIDR ranges. */
const proxyRangeNames = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isProxyEntry(entry: string): boolean {
  if (proxyRangeNames.has(entry)) return true;
  const [address = '', bits, ...rest] = entry.split('/');
  if (rest.length > 0 || net.isIP(address) === 0) return false;
  if (bits === undefined) return true;
  const max = net.isIPv4(address) ? 32 : 128;
  return /^\d+$/.test(bits) && Number(bits) <= max;
}

/** Checked here, at start, so a typo is a configuration error and not a crash after the database started. */
function trustProxyFrom(raw: string | undefined): boolean | number | string {
  if (raw === undefined || raw === '' || raw === '0' || raw === 'false') return false;
  if (raw === 'true') return true;
  if (/^\d+$/.test(raw)) return Number(raw);
  const entries = raw.split(',').map((entry) => entry.trim());
  const wrong = entries.find((entry) => !isProxyEntry(entry));
  if (wrong !== undefined) {
    throw new ConfigError(
      'TANDEM_TRUST_PROXY',
      `"${wrong}" is not an address, a CIDR range or one of loopback, linklocal, uniquelocal; use true, a hop count, or a comma-separated list of those`,
    );
  }
  return entries.join(',');
}

function configuredKey(name: string, raw: string, which = ''): Buffer {
  const key = decodeConfiguredKey(raw);
  if (typeof key === 'string') throw new ConfigError(name, `${which}${key}`);
  return key;
}

/** Keys in configuration, or null for the keyring file; never both. */
function encryptionKeysFrom(env: Env): ConfiguredKeys | null {
  const active = env.TANDEM_ENCRYPTION_KEY ?? '';
  const previous = env.TANDEM_ENCRYPTION_PREVIOUS_KEYS ?? '';
  if (active === '') {
    if (previous !== '') {
      throw new ConfigError(
        'TANDEM_ENCRYPTION_PREVIOUS_KEYS',
        'is set without TANDEM_ENCRYPTION_KEY; set the active key too, or unset both to use the keyring file',
      );
    }
    return null;
  }
  if ((env.TANDEM_ENCRYPTION_KEY_FILE ?? '') !== '') {
    throw new ConfigError(
      'TANDEM_ENCRYPTION_KEY_FILE',
      'is set together with TANDEM_ENCRYPTION_KEY; keep the keys in configuration or in a file, not both',
    );
  }
  const older = previous
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
    .map((entry, index) =>
      configuredKey('TANDEM_ENCRYPTION_PREVIOUS_KEYS', entry, `entry ${index + 1} `),
    );
  return new ConfiguredKeys(configuredKey('TANDEM_ENCRYPTION_KEY', active), older);
}

export function loadConfig(env: Env = process.env, cwd = process.cwd()): Config {
  const port = intFrom(env, 'PORT', 3000, 0, 65535);
  const trustProxy = trustProxyFrom(env.TANDEM_TRUST_PROXY);
  const publicUrl = env.TANDEM_PUBLIC_URL ?? `http://localhost:${port}`;
  const dataDir = path.resolve(cwd, env.TANDEM_DATA_DIR ?? 'data');
  return {
    port,
    host: env.HOST ?? '127.0.0.1',
    dataDir,
    databaseUrl: env.DATABASE_URL && env.DATABASE_URL !== '' ? env.DATABASE_URL : null,
    databaseOwnerUrl:
      env.DATABASE_OWNER_URL && env.DATABASE_OWNER_URL !== '' ? env.DATABASE_OWNER_URL : null,
    embeddedPgSystemDir: path.resolve(cwd, env.TANDEM_PG_SYSTEM_DIR ?? '/var/lib/tandem'),
    embeddedPgPort: intFrom(env, 'TANDEM_PG_PORT', 54329, 1, 65535),
    demo: flagFrom(env, 'TANDEM_DEMO', true),
    demoPassword: env.TANDEM_DEMO_PASSWORD ?? null,
    smtpUrl: env.SMTP_URL && env.SMTP_URL !== '' ? env.SMTP_URL : null,
    mailFrom: env.TANDEM_MAIL_FROM ?? 'Tandem <no-reply@localhost>',
    publicUrl: publicUrl.replace(/\/+$/, ''),
    trustProxy,
    secureCookies: flagFrom(env, 'TANDEM_SECURE_COOKIES', publicUrl.startsWith('https://')),
    sessionIdleMinutes: intFrom(env, 'TANDEM_SESSION_IDLE_MINUTES', 30, 1, 24 * 60),
    sessionMaxHours: intFrom(env, 'TANDEM_SESSION_MAX_HOURS', 12, 1, 24 * 30),
    logLevel: env.LOG_LEVEL ?? 'info',
    defaultCountry: (env.TANDEM_COUNTRY ?? 'US').toUpperCase(),
    webDist: env.TANDEM_WEB_DIST ?? path.resolve(import.meta.dirname, '../../web/dist'),
    auditKeyFile: path.resolve(
      cwd,
      env.TANDEM_AUDIT_KEY_FILE ?? path.join(dataDir, 'keys', 'audit-signing.key'),
    ),
    auditAnchorFile: path.resolve(
      cwd,
      env.TANDEM_AUDIT_ANCHOR_FILE ?? path.join(dataDir, 'audit-anchors.jsonl'),
    ),
    auditAnchorIntervalSeconds: intFrom(env, 'TANDEM_AUDIT_ANCHOR_SECONDS', 60, 5, 24 * 3600),
    jobPollMs: intFrom(env, 'TANDEM_JOB_POLL_MS', 1000, 50, 60_000),
    dbPreparedStatements: flagFrom(env, 'TANDEM_DB_PREPARED_STATEMENTS', true),
    backupDir: path.resolve(cwd, env.TANDEM_BACKUP_DIR ?? path.join(dataDir, 'backups')),
    encryptionKeys: encryptionKeysFrom(env),
    encryptionKeyFile: path.resolve(
      cwd,
      env.TANDEM_ENCRYPTION_KEY_FILE || path.join(dataDir, 'keys', 'data-encryption.keyring'),
    ),
    encryptionKeyCheckSeconds: intFrom(env, 'TANDEM_ENCRYPTION_KEY_CHECK_SECONDS', 5, 1, 300),
  };
}
