import type { Timestamp } from './column-types.ts';

/** A couple or a family: clients linked for joint work (0014-couples-and-families). */
export interface ClientGroupsTable {
  practice_id: string;
  id: string;
  kind: 'couple' | 'family';
  /** Sealed: a name only the care team sees. */
  name: Buffer;
  created_by: string;
  created_at: Timestamp;
  ended_at: Timestamp | null;
}

export interface ClientGroupMembersTable {
  practice_id: string;
  group_id: string;
  client_id: string;
  position: number;
  added_at: Timestamp;
  added_by: string;
  removed_at: Timestamp | null;
  safety_check_requested_at: Timestamp | null;
  safety_check_requested_by: string | null;
  private_conversation_at: Timestamp | null;
  private_conversation_by: string | null;
}

export type GroupMemberAnswerKind = 'own-goal' | 'safety-check';

/** What a member tells the therapist privately for the joint work; sealed. */
export interface GroupMemberAnswersTable {
  practice_id: string;
  id: string;
  group_id: string;
  client_id: string;
  kind: GroupMemberAnswerKind;
  content: Buffer;
  needs_private_conversation: boolean;
  /** An own goal the member lets the other members see. */
  shared_with_group: boolean;
  created_at: Timestamp;
}

/** Each member's homework row of a homework set for the whole group at once. */
export interface GroupHomeworkTable {
  practice_id: string;
  group_id: string;
  batch_id: string;
  client_id: string;
  homework_id: string;
  created_at: Timestamp;
}
