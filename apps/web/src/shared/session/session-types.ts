import type { Role } from '@tandem/core';

/** One practice the person belongs to, as the session lists them. */
export interface PracticeMembership {
  id: string;
  name: string;
  role: Role;
}

/** The signed-in person as GET /api/session describes them. */
export interface User {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  practiceId: string;
  practiceName: string;
  /** A client whose accepted consent version is not the current one sees /consent first. */
  consentRequired: boolean;
  demo: boolean;
  /** Every active practice of the person, this one included, sorted by name. */
  practices: PracticeMembership[];
}

/**
 * How the server passes invitation and password links on: by e-mail (a mail
 * server is set up), or kept in the admin's outbox for the admin to hand on.
 */
export type MailDelivery = 'email' | 'outbox';

export interface SessionState {
  user: User | null;
  csrfToken: string;
  /**
   * Null when nobody is signed in; missing right after signing in, until the
   * session has been read again (sign-in answers do not carry it).
   */
  mailDelivery?: MailDelivery | null;
}

/** What sign-in, switching practice and accepting an invitation answer. */
export interface SignedIn {
  user: User;
  csrfToken: string;
}
