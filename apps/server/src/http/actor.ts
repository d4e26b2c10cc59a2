import type { Role } from '@tandem/core';

/** The signed-in person a request acts for. */
export interface Actor {
  userId: string;
  practiceId: string;
  role: Role;
  sessionId: string;
  /** False for a client who has not accepted the current consent version. */
  consentCurrent: boolean;
}

/** What the policy knows about who is asking (null: nobody is signed in). */
export type MaybeActor = Actor | null;
