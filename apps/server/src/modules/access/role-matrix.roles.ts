import type { TestPractice, TestUser } from '../../testing/builders.ts';
import type { MeasuresWorld } from './role-matrix.measures.ts';
import type { WorksheetWorld } from './role-matrix.worksheets.ts';
import type { ExposureWorld } from './role-matrix.exposure.ts';
import type { ActivationWorld } from './role-matrix.activation.ts';
import type { GroupWorld } from './role-matrix.groups.ts';

// The role matrix's vocabulary: who acts, the world they act in, what a case
// says, and the expectation shapes the cases share (role-matrix.cases.ts,
// role-matrix.measure-cases.ts).

export const roleNames = [
  'anonymous',
  'clientA',
  'clientB',
  'therapistOfA',
  'otherTherapist',
  'supervisorOfA',
  'otherSupervisor',
  'admin',
  'otherPracticeClient',
  'otherPracticeTherapist',
  'otherPracticeAdmin',
] as const;
export type RoleName = (typeof roleNames)[number];

export interface World {
  home: TestPractice;
  other: TestPractice;
  /** An invited (not yet active) client of therapistOfA, for resend-invitation. */
  invitedClientId: string;
  /** A therapist the admin can deactivate and reactivate. */
  spareTherapistId: string;
  /** A supervisor in the home practice who supervises nobody. */
  otherSupervisor: TestUser;
  /** The home practice's consent version, kept current before each case. */
  consentVersion: number;
  /** A message in the home practice's outbox (the invitation above), for dismissal. */
  outboxMessageId: string;
  /** A critical-item alert of client A (PHQ-9 item 9). */
  alertId: string;
  measures: MeasuresWorld;
  /** Client A's own entries: one check-in shared, one kept private, a private journal entry. */
  entries: { sharedCheckInId: string; privateCheckInId: string; privateJournalId: string };
  /** Client A's thought records and skill practices, one each shared and private. */
  worksheets: WorksheetWorld;
  /** Client A's goal, with an attainment scale. */
  goals: { goalId: string };
  /** Client A's exposure hierarchy and practices of its first step, one shared, one private. */
  exposure: ExposureWorld;
  /** Client A's planned activities, one shared, one private. */
  activation: ActivationWorld;
  /** A couple of client A and an invited client, with a safety check asked of A. */
  groups: GroupWorld;
}

export interface Case {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH';
  url: (w: World) => string;
  body?: (w: World) => unknown;
  /** Expected status per role; roles not listed expect `otherwise`. */
  expect: Partial<Record<RoleName, number>>;
  otherwise: number;
  /**
   * Error code by role, else by status, where it is not the usual one
   * (401 AUTHENTICATION_REQUIRED, 403 FORBIDDEN, 404 NOT_FOUND).
   */
  codes?: Partial<Record<number | RoleName, string>>;
  /** What a successful answer must say, per role (throws when it does not). */
  check?: (body: unknown, role: RoleName, w: World) => void;
}

export const usualCodes: Record<number, string> = {
  401: 'AUTHENTICATION_REQUIRED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
};

export const everyone = (status: number): Pick<Case, 'expect' | 'otherwise'> => ({
  expect: {},
  otherwise: status,
});
export const signedIn = (status: number): Pick<Case, 'expect' | 'otherwise'> => ({
  expect: { anonymous: 401 },
  otherwise: status,
});
export const adminsOnly = (status: number): Pick<Case, 'expect' | 'otherwise'> => ({
  expect: { anonymous: 401, admin: status, otherPracticeAdmin: status },
  otherwise: 403,
});
export const A = (w: World) => w.home.clients[0]!.id;
/** Therapists and supervisors of any practice may use the route; clients and admins may not. */
export const staffOnly = (status: number): Pick<Case, 'expect' | 'otherwise'> => ({
  expect: {
    anonymous: 401,
    clientA: 403,
    clientB: 403,
    otherPracticeClient: 403,
    admin: 403,
    otherPracticeAdmin: 403,
  },
  otherwise: status,
});
/** An alert of client A: its care team and their supervisor; other staff find nothing. */
export const alertOfA = (status: number): Pick<Case, 'expect' | 'otherwise'> => ({
  expect: {
    ...staffOnly(404).expect,
    therapistOfA: status,
    supervisorOfA: status,
  },
  otherwise: 404,
});

/** Client A's care team writes; the care team and supervisor read; staff elsewhere find nothing. */
export function careTeamReads(status: number): Pick<Case, 'expect' | 'otherwise'> {
  return {
    expect: {
      anonymous: 401,
      therapistOfA: status,
      supervisorOfA: status,
      otherTherapist: 404,
      otherSupervisor: 404,
      otherPracticeTherapist: 404,
    },
    otherwise: 403,
  };
}
export function careTeamWrites(status: number): Pick<Case, 'expect' | 'otherwise'> {
  return {
    expect: {
      anonymous: 401,
      therapistOfA: status,
      otherTherapist: 404,
      otherPracticeTherapist: 404,
    },
    otherwise: 403,
  };
}
export function clientsOnly(status: number): Pick<Case, 'expect' | 'otherwise'> {
  return {
    expect: { anonymous: 401, clientA: status, clientB: status, otherPracticeClient: status },
    otherwise: 403,
  };
}
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export function userFor(role: RoleName, w: World): TestUser | null {
  switch (role) {
    case 'anonymous':
      return null;
    case 'clientA':
      return w.home.clients[0]!;
    case 'clientB':
      return w.home.clients[1]!;
    case 'therapistOfA':
      return w.home.therapists[0]!;
    case 'otherTherapist':
      return w.home.therapists[1]!;
    case 'supervisorOfA':
      return w.home.supervisor;
    case 'otherSupervisor':
      return w.otherSupervisor;
    case 'admin':
      return w.home.admin;
    case 'otherPracticeClient':
      return w.other.clients[0]!;
    case 'otherPracticeTherapist':
      return w.other.therapists[0]!;
    case 'otherPracticeAdmin':
      return w.other.admin;
  }
}
