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
  | 'clients.directory'
  /** The instrument library: titles, items, licences (no one's answers). */
  | 'instruments.read'
  /** Accept an instrument's licence for the practice. */
  | 'instruments.licence'
  /** Import, list and retire the practice's own Questionnaires (definitions, no answers). */
  | 'instruments.import'
  /** Time zone, alert fallback contact, escalation interval, crisis locale, "not on track". */
  | 'practice.settings'
  /** The "not on track" rule in force, with its defaults and sources (no client data). */
  | 'practice.notOnTrack.read'
  /** The alerts inbox: alerts of the clients one may act on. */
  | 'alerts.inbox'
  /** One's own alert delivery choices (staff). */
  | 'notifications.own'
  /** One's own measures to do and results (clients). */
  | 'measures.own'
  /** Worksheet definitions (the thought record's questions; no one's answers). */
  | 'worksheets.read';

export type ClientAction =
  /** Name, contact and account of a client. */
  | 'client.profile.read'
  /** Archive, restore, resend the invitation. */
  | 'client.manage'
  /** Who is on the client's care team (names only). */
  | 'client.careTeam.read'
  /** Change the care team: the admin's job (a therapist leaves, a client moves). */
  | 'client.careTeam.assign'
  /** Assign, change, pause or stop measures. */
  | 'client.measures.assign'
  /** Answers, scores, charts, assignments (a client sees only results not hidden from them). */
  | 'client.measures.read'
  /** Answer one's own measures. */
  | 'client.measures.respond'
  /** Read the client's alerts (the answer that raised each). */
  | 'client.alerts.read'
  /** Acknowledge and resolve the client's alerts. */
  | 'client.alerts.act'
  /** Write one's own check-ins and journal, and choose who sees each (the client alone). */
  | 'client.entries.write'
  /**
   * Read client-authored entries (check-ins, journal, what was shared): the client
   * all of theirs, the care team and supervisors only those the client shared
   * (entryVisibilityFor below, carried by the scope).
   */
  | 'client.entries.read'
  /** Read the safety and coping plans, and their history. */
  | 'client.plans.read'
  /** Edit the safety and coping plans (made together: the client and their therapist). */
  | 'client.plans.edit'
  /** Record that a session with the client was held ("since last session" starts there). */
  | 'client.sessions.record'
  /** Assign homework (any client tool), change its due date or note, cancel it. */
  | 'client.homework.assign'
  /** The client's homework and how it went: the client and the care team (never an admin). */
  | 'client.homework.read'
  /** Say one's own homework was done (and how it went) or not done this time. */
  | 'client.homework.respond'
  /** Read the client's goals, their attainment scales and ratings (the shared work of therapy). */
  | 'client.goals.read'
  /** Write goals, their scales and ratings: the client and their therapist, together. */
  | 'client.goals.edit'
  /** Read the client's exposure hierarchies (a shared living document). */
  | 'client.exposure.read'
  /** Write exposure hierarchies and their steps: the client and their therapist, together. */
  | 'client.exposure.edit'
  /** The session review (goals, homework, measures on one axis) and the decisions recorded: staff only. */
  | 'client.review.read'
  /** Record what was decided in a session review; link the measures a goal should move. */
  | 'client.review.edit'
  /**
   * See the client in a couple or family group with what they told the therapist
   * privately for the joint work (their own goal, their safety check): staff only.
   */
  | 'client.groups.read'
  /** Link the client into a couple or family, ask the safety check, set joint homework. */
  | 'client.groups.manage'
  /** Answer one's own part of a couple's or family's work (own goal, safety check). */
  | 'client.groups.respond';

export interface ClientFacts {
  practiceId: string;
  clientId: string;
  /** Staff on the client's care team. */
  careTeam: readonly string[];
  /** Supervisors of a therapist on the care team. */
  supervisors: readonly string[];
  /** The practice's alert fallback contact (a staff member on call), if set. */
  alertFallbackStaffId: string | null;
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
    case 'instruments.licence':
    case 'instruments.import':
    case 'practice.settings':
      return actor.role === 'admin';
    case 'instruments.read':
    case 'practice.notOnTrack.read':
      return actor.role !== 'client';
    case 'alerts.inbox':
    case 'notifications.own':
      return actor.role === 'therapist' || actor.role === 'supervisor';
    case 'measures.own':
      return actor.role === 'client';
    case 'consent.respond':
    case 'worksheets.read':
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
    case 'client.measures.assign':
    case 'client.homework.assign':
    case 'client.groups.manage':
      return actor.role === 'therapist' && onCareTeam;
    case 'client.careTeam.assign':
      return actor.role === 'admin';
    case 'client.measures.read':
      // Admins see no answers (brief, section 5); supervisors read, audited.
      switch (actor.role) {
        case 'client':
          return actor.userId === facts.clientId;
        case 'therapist':
          return onCareTeam;
        case 'supervisor':
          return facts.supervisors.includes(actor.userId);
        case 'admin':
          return false;
      }
      break;
    case 'client.measures.respond':
    case 'client.entries.write':
    case 'client.homework.respond':
    case 'client.groups.respond':
      return actor.role === 'client' && actor.userId === facts.clientId;
    case 'client.entries.read':
    case 'client.plans.read':
    case 'client.homework.read':
    case 'client.goals.read':
    case 'client.exposure.read':
      // What the client wrote is theirs and their care team's: admins see none of it.
      switch (actor.role) {
        case 'client':
          return actor.userId === facts.clientId;
        case 'therapist':
          return onCareTeam;
        case 'supervisor':
          return facts.supervisors.includes(actor.userId);
        case 'admin':
          return false;
      }
      break;
    case 'client.sessions.record':
    case 'client.review.edit':
      return actor.role === 'therapist' && onCareTeam;
    case 'client.groups.read':
      // What a member told the therapist alone (a safety check before joint work):
      // the care team and their supervisors; never another member, never an admin.
      return (
        (actor.role === 'therapist' && onCareTeam) ||
        (actor.role === 'supervisor' && facts.supervisors.includes(actor.userId))
      );
    case 'client.review.read':
      // The therapist's review notes: the care team and their supervisors; never the client or an admin.
      return (
        (actor.role === 'therapist' && onCareTeam) ||
        (actor.role === 'supervisor' && facts.supervisors.includes(actor.userId))
      );
    case 'client.plans.edit':
    case 'client.goals.edit':
    case 'client.exposure.edit':
      return actor.role === 'client'
        ? actor.userId === facts.clientId
        : actor.role === 'therapist' && onCareTeam;
    case 'client.alerts.read':
    case 'client.alerts.act':
      // Only staff act on alerts: the care team, their supervisors, and the fallback
      // contact an unacknowledged alert escalates to.
      if (actor.role !== 'therapist' && actor.role !== 'supervisor') return false;
      return (
        onCareTeam ||
        facts.supervisors.includes(actor.userId) ||
        facts.alertFallbackStaffId === actor.userId
      );
  }
  return false;
}

/**
 * Resource-level: may this actor see the scores of an assignment whose
 * results the therapist hid from the client? Staff who may read the
 * client's measures always may; the client only when not hidden.
 */
export function maySeeResults(actor: Actor, resultsHidden: boolean): boolean {
  return actor.role !== 'client' || !resultsHidden;
}

/**
 * Which of a client's entries a reader who may read them sees: the client every
 * one of their own, anyone else only what the client shared. Carried by the
 * scope and applied by the one query every entry read starts from
 * (access/visible-entries.ts), so no list, count or summary can forget it.
 */
export type EntryVisibility = 'every-entry' | 'shared-only';

export function entryVisibilityFor(actor: Actor, facts: ClientFacts): EntryVisibility {
  return actor.role === 'client' && actor.userId === facts.clientId ? 'every-entry' : 'shared-only';
}
