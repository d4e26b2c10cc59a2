import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

const repo = path.resolve(import.meta.dirname, '../../..');

function configErrorOf(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env, '/srv/tandem');
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('has defaults for a plain `npm start`', () => {
    const config = loadConfig({}, '/srv/tandem');
    expect(config).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      dataDir: '/srv/tandem/data',
      databaseUrl: null,
      embeddedPgPort: 54329,
      demo: true,
      smtpUrl: null,
      publicUrl: 'http://localhost:3000',
      trustProxy: false,
      secureCookies: false,
      sessionIdleMinutes: 30,
      sessionMaxHours: 12,
      dbPreparedStatements: true,
    });
  });

  it('turns prepared statements off for a pooler that needs it', () => {
    expect(loadConfig({ TANDEM_DB_PREPARED_STATEMENTS: 'false' }).dbPreparedStatements).toBe(false);
  });

  it('turns Secure cookies on for an https public address, and lets them be forced', () => {
    expect(loadConfig({ TANDEM_PUBLIC_URL: 'https://tandem.example.org/' }).secureCookies).toBe(
      true,
    );
    expect(loadConfig({ TANDEM_PUBLIC_URL: 'https://tandem.example.org/' }).publicUrl).toBe(
      'https://tandem.example.org',
    );
    expect(loadConfig({ TANDEM_SECURE_COOKIES: '1' }).secureCookies).toBe(true);
  });

  it('reads the trusted proxy as on/off, a hop count or a list of addresses', () => {
    expect(loadConfig({ TANDEM_TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ TANDEM_TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ TANDEM_TRUST_PROXY: 'loopback, 10.0.0.0/8,::1' }).trustProxy).toBe(
      'loopback,10.0.0.0/8,::1',
    );
    const wrong = configErrorOf({ TANDEM_TRUST_PROXY: 'yes' });
    expect(wrong.variable).toBe('TANDEM_TRUST_PROXY');
    expect(wrong.message).toContain('"yes"');
    expect(configErrorOf({ TANDEM_TRUST_PROXY: '10.0.0.0/33' }).variable).toBe(
      'TANDEM_TRUST_PROXY',
    );
  });

  it('names the variable and the allowed values when a number or a flag is wrong', () => {
    expect(configErrorOf({ PORT: 'abc' }).message).toBe(
      'PORT: must be a whole number from 0 to 65535, got "abc"',
    );
    expect(configErrorOf({ TANDEM_PG_PORT: '70000' }).variable).toBe('TANDEM_PG_PORT');
    expect(configErrorOf({ TANDEM_SESSION_IDLE_MINUTES: '0' }).variable).toBe(
      'TANDEM_SESSION_IDLE_MINUTES',
    );
    expect(configErrorOf({ TANDEM_DEMO: 'maybe' }).message).toBe(
      'TANDEM_DEMO: must be 1 or 0, got "maybe"',
    );
  });

  it('reads exactly the variables the README documents', () => {
    const source = readFileSync(path.join(import.meta.dirname, 'config.ts'), 'utf8');
    const read = new Set(
      [...source.matchAll(/env\.([A-Z][A-Z0-9_]+)|From\(env, '([A-Z][A-Z0-9_]+)'/g)].map(
        (m) => m[1] ?? m[2] ?? '',
      ),
    );
    read.add('TANDEM_DEBUG'); // read by the CLI (cli/main.ts), not by loadConfig
    const readme = readFileSync(path.join(repo, 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('## Configuration'), readme.indexOf('## The'));
    const documented = new Set([...table.matchAll(/^\| `([A-Z][A-Z0-9_]+)`/gm)].map((m) => m[1]));
    expect([...read].sort()).toEqual([...documented].sort());
  });
});
