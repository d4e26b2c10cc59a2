/**
 * Where each member stands on the private safety check, and whether the
 * group is ready for joint sessions. Pure: the rule in one place, for the
 * list, the combined view and the member's own page.
 */
export interface SafetyFacts {
  requestedAt: Date | null;
  /** The member's latest safety check, if any. */
  latest: { at: Date; needsPrivateConversation: boolean } | null;
  privateConversationAt: Date | null;
}

export type SafetyStatus = 'not-asked' | 'waiting' | 'answered';
export type JointWork = 'ready' | 'check-first' | 'talk-privately-first';

/** Asked and not answered since the (latest) request: waiting. */
export function safetyStatus(facts: SafetyFacts): SafetyStatus {
  if (facts.latest && (facts.requestedAt === null || facts.latest.at >= facts.requestedAt)) {
    return 'answered';
  }
  return facts.requestedAt === null ? 'not-asked' : 'waiting';
}

/** The latest answer asked for a private conversation, and none is recorded since it. */
export function needsPrivateTalk(facts: SafetyFacts): boolean {
  if (!facts.latest?.needsPrivateConversation) return false;
  return facts.privateConversationAt === null || facts.privateConversationAt < facts.latest.at;
}

/**
 * A concern outranks a missing answer: the therapist first talks alone with
 * whoever needs it, then makes sure everyone answered.
 */
export function jointWorkOf(members: readonly SafetyFacts[]): JointWork {
  if (members.some(needsPrivateTalk)) return 'talk-privately-first';
  if (members.some((member) => safetyStatus(member) !== 'answered')) return 'check-first';
  return 'ready';
}
