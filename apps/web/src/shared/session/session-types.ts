import type { Role } from '@tandem/core';

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
}

export interface SessionState {
  user: User | null;
  csrfToken: string;
}

/** What sign-in and accepting an invitation answer. */
export interface SignedIn {
  user: User;
  csrfToken: string;
}
