import type { Role } from '@tandem/core';

/**
 * Every route declares who may call it at all, in `config.access`, wherever it
 * is mounted. The policy module then decides per resource inside the use case.
 * A route without a rule stops the app from starting (route-table.ts).
 *  - 'public': anyone (sign-in, health, invitation links).
 *  - 'signed-in': any signed-in user, whatever the role.
 *  - roles: only these roles.
 * `allowWithoutConsent` lets a client who has not yet accepted the current
 * consent text reach the route (the consent routes and sign-out).
 */
export type AccessRule =
  | { kind: 'public' }
  | { kind: 'signed-in'; allowWithoutConsent?: boolean }
  | { kind: 'roles'; roles: readonly Role[]; allowWithoutConsent?: boolean };

export const publicRoute: AccessRule = { kind: 'public' };
export const signedIn = (options: { allowWithoutConsent?: boolean } = {}): AccessRule => ({
  kind: 'signed-in',
  ...options,
});
export const rolesOnly = (...roles: Role[]): AccessRule => ({ kind: 'roles', roles });

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: AccessRule;
  }
}
