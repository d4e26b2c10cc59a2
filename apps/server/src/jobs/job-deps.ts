import type { Deps } from '../deps.ts';
import type { AuditAnchoring } from './audit-checkpoints.ts';
import type { MailTransport } from './outbox-sender.ts';

/**
 * What Tandem's job handlers may use, wired once in runtime.ts. Each handler
 * declares the part it needs (`JobHandler<Pick<Deps, 'db'>, …>`), so this is
 * simply everything any of them needs; add a field when a handler needs more.
 */
export interface JobDeps extends Pick<Deps, 'db' | 'config' | 'log' | 'clock'> {
  /** SMTP, or null without SMTP_URL. */
  mail: MailTransport | null;
  auditAnchoring: AuditAnchoring;
}
