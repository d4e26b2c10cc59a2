import type { Actor } from '../../http/actor.ts';

/**
 * The one policy: "may this actor do this to this resource". Pure; the facts
 * (care team, supervision) are loaded by require-access.ts. It follows the
 * brief's who-sees-what table; anything not listed here is denied.
 */
export type PracticeAction =
  | 'client.invite'
  | 'caseload.read'
  | 'staff.manage'
  /** The admin's outbox: read it, dismiss messages. */
  | 'outbox.manage'
  | 'consent.manage'
  /** Read and accept the practice's current consent text (one's own acceptance). */
  | 'consent.respond'
  /** The admin's list of clients: names, contact and status, no clinical content. */
  | 'clients.directory';

export type ClientAction =
  /** Name, contact and account of a client. */
  | 'client.profile.read'
  /** Archive, restore, resend the invitation. */
  | 'client.manage'
  /** Who is on the client's care team (names only). */
  | 'client.careTeam.read'
  /** Change the care team: the admin's job (a therapist leaves, a client moves). */
  | 'client.careTeam.assign';

export interface ClientFacts {
  practiceId: string;
  clientId: string;
  /** Staff on the client's care team. */
  careTeam: readonly string[];
  /** Supervisors of a therapist on the care team. */
  supervisors: readonly string[];
}

export function mayDoInPractice(actor: Actor, action: PracticeAction): boolean {
  switch (action) {
    case 'client.invite':
      return actor.role === 'therapist';
    case 'caseload.read':
      return actor.role === 'therapist' || actor.role === 'supervisor';
    case 'staff.manage':
    case 'outbox.manage':
    case 'consent.manage':
    case 'clients.directory':
      return actor.role === 'admin';
    case 'consent.respond':
      return true;
  }
}

export function mayDoToClient(actor: Actor, action: ClientAction, facts: ClientFacts): boolean {
  if (actor.practiceId !== facts.practiceId) return false;
  const onCareTeam = facts.careTeam.includes(actor.userId);
  switch (action) {
    case 'client.profile.read':
    case 'client.careTeam.read':
      switch (actor.role) {
        case 'client':
          return actor.userId === facts.clientId;
        case 'therapist':
          return onCareTeam;
        case 'supervisor':
          return facts.supervisors.includes(actor.userId);
        case 'admin':
          return true;
      }
      break;
    case 'client.manage':
      return actor.role === 'therapist' && onCareTeam;
    case 'client.careTeam.assign':
      return actor.role === 'admin';
  }
  return false;
}
