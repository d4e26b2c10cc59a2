import type { Config } from '../../config.ts';
import { fail, ok, warn, type Finding } from './finding.ts';

const loopback = new Set(['127.0.0.1', '::1', 'localhost']);

/**
 * TLS and the proxy: sessions travel in cookies, which must be Secure
 * whenever anyone but this machine can reach Tandem, and the client address
 * (rate limits, the audit log) is only right when the proxy is trusted.
 */
export function checkWeb(
  config: Pick<Config, 'publicUrl' | 'host' | 'trustProxy' | 'secureCookies'>,
): Finding[] {
  const findings: Finding[] = [];
  const https = config.publicUrl.startsWith('https://');
  const exposed = !loopback.has(config.host);
  if (!https) {
    findings.push(
      (exposed ? fail : warn)(
        'tls',
        `TANDEM_PUBLIC_URL is ${config.publicUrl}: people reach Tandem without TLS${exposed ? ` and it listens on ${config.host}` : ''}.`,
        'Put a TLS-terminating proxy (nginx, Caddy) in front of Tandem and set TANDEM_PUBLIC_URL=https://your.host and TANDEM_TRUST_PROXY.',
      ),
    );
  } else {
    findings.push(ok('tls', `public address ${config.publicUrl}`));
  }
  if (https && !config.secureCookies) {
    findings.push(
      fail(
        'cookies',
        'TANDEM_SECURE_COOKIES is off while the public address is https: session cookies could travel without TLS.',
        'Unset TANDEM_SECURE_COOKIES (it follows the public address) or set it to 1.',
      ),
    );
  } else if (config.secureCookies) {
    findings.push(ok('cookies', 'session cookies are Secure'));
  }
  if (https && config.trustProxy === false && !exposed) {
    findings.push(
      warn(
        'proxy',
        'The public address is https but TANDEM_TRUST_PROXY is off: behind a proxy every request seems to come from it, so sign-in limits and the audit log see one address for everyone.',
        'Set TANDEM_TRUST_PROXY to the proxy’s address (e.g. 127.0.0.1) or hop count.',
      ),
    );
  } else if (config.trustProxy === true) {
    findings.push(
      warn(
        'proxy',
        'TANDEM_TRUST_PROXY=true trusts X-Forwarded-For from anyone who can reach Tandem directly.',
        'Name the proxy instead: TANDEM_TRUST_PROXY=127.0.0.1 (or its address, or a hop count), and let only it reach Tandem.',
      ),
    );
  } else if (config.trustProxy !== false) {
    findings.push(ok('proxy', `trusts the proxy at ${String(config.trustProxy)}`));
  }
  return findings;
}
