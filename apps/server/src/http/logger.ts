import type { LoggerOptions } from 'pino';

/**
 * Logs carry no PHI: no bodies, no cookies or tokens, and URLs never hold
 * clinical data by design (searches go in bodies, e-mailed tokens in URL
 * fragments). The redaction list is the second line of defence.
 */
export function loggerOptions(level: string): LoggerOptions {
  return {
    level,
    redact: {
      paths: [
        'req.headers.cookie',
        'req.headers.authorization',
        'req.headers["x-csrf-token"]',
        'res.headers["set-cookie"]',
        '*.password',
        '*.newPassword',
        '*.currentPassword',
        '*.token',
        '*.email',
        '*.displayName',
        '*.text',
        '*.body',
      ],
      censor: '[redacted]',
    },
    serializers: {
      req: (req: { method: string; url: string; id: string }) => ({
        method: req.method,
        url: req.url,
        id: req.id,
      }),
    },
  };
}
