import type { Role } from '@tandem/core';

/** The signed-in person a request acts for. */
export interface Actor {
  userId: string;
  practiceId: string;
  role: Role;
  /** The session's stored id (the hash of its cookie, never the cookie). */
  sessionId: string;
  /** The client address the request came from (audited with what it did). */
  sourceAddress: string;
  /** False for a client who has not accepted the current consent version. */
  consentCurrent: boolean;
}

/** What the policy knows about who is asking (null: nobody is signed in). */
export type MaybeActor = Actor | null;

/** Where an anonymous request came from: audited with a refused sign-in, an opened invitation. */
export interface RequestOrigin {
  sourceAddress: string;
  /** The session the browser held, if any (sign-in replaces it). */
  sessionId: string | null;
}
