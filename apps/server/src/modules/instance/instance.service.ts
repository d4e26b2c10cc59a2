import type { Role } from '@tandem/core';
import type { Deps } from '../../deps.ts';
import { demoAccounts } from '../demo/demo-practice.ts';

export interface InstanceInfo {
  /** The demo practice's accounts, listed on the sign-in page while it exists. */
  demo: { accounts: { role: Role; email: string; displayName: string }[] } | null;
  /** How someone who forgot their password gets a new one: by e-mail, or from the operator. */
  passwordReset: 'email' | 'operator';
}

/**
 * What anyone may know about this installation before signing in. Nothing in
 * it depends on who asks, and nothing about any practice but the demo one.
 */
export async function instanceInfo(deps: Pick<Deps, 'db' | 'config'>): Promise<InstanceInfo> {
  const demoPractice = deps.config.demo
    ? await deps.db
        .selectFrom('practices')
        .select('id')
        .where('demo', '=', true)
        .limit(1)
        .executeTakeFirst()
    : undefined;
  return {
    demo: demoPractice
      ? {
          accounts: demoAccounts.map((a) => ({
            role: a.role,
            email: a.email,
            displayName: a.displayName,
          })),
        }
      : null,
    passwordReset: deps.config.smtpUrl === null ? 'operator' : 'email',
  };
}
