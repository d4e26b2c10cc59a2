import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { FieldCipher } from '../../crypto/field-cipher.ts';
import type { EncryptedColumn } from '../../crypto/encrypted-columns.ts';
import type { GroupScope } from '../access/require-access.ts';
import { measureNames } from '../measures/caseload.service.ts';
import { bandOf } from '../measures/result-meaning.ts';
import { memberRows, memberStandings, type GroupRow, type MemberRow } from './groups.repo.ts';
import { latestAnswersOfMembers, type AnswerRow } from './member-answers.repo.ts';
import type { GroupView } from './groups.schemas.ts';
import { jointWorkOf, needsPrivateTalk, safetyStatus, type SafetyFacts } from './joint-work.ts';
import {
  safetyCheckQuestions,
  type SafetyCheckAnswer,
  type SafetyCheckKey,
} from './safety-check.ts';

export const groupColumn = {
  name: { table: 'client_groups', column: 'name' },
  answer: { table: 'group_member_answers', column: 'content' },
} as const satisfies Record<string, EncryptedColumn>;

/** What a sealed own-goal answer holds. */
export interface OwnGoalContent {
  text: string;
}
/** What a sealed safety-check answer holds. */
export interface SafetyCheckContent {
  answers: Record<SafetyCheckKey, SafetyCheckAnswer>;
  note: string | null;
}

export function openAnswer<T>(cipher: FieldCipher, row: AnswerRow): T {
  return JSON.parse(cipher.open(row.content, { column: groupColumn.answer, rowId: row.id })) as T;
}

export function groupName(cipher: FieldCipher, row: GroupRow): string {
  return cipher.open(row.name, { column: groupColumn.name, rowId: row.id });
}

export function safetyFactsOf(member: MemberRow, answers: readonly AnswerRow[]): SafetyFacts {
  const latest = answers.find((a) => a.clientId === member.clientId && a.kind === 'safety-check');
  return {
    requestedAt: member.safetyCheckRequestedAt,
    latest: latest
      ? { at: latest.createdAt, needsPrivateConversation: latest.needsPrivateConversation }
      : null,
    privateConversationAt: member.privateConversationAt,
  };
}

/** The members and where the group stands, for the list (nothing a member wrote). */
export async function groupSummary(db: Kysely<DB>, scope: GroupScope<'client.groups.read'>) {
  const members = await memberRows(db, scope);
  const answers = await latestAnswersOfMembers(db, scope);
  return {
    members: members.map((m) => ({ clientId: m.clientId, displayName: m.displayName })),
    jointWork: jointWorkOf(members.map((m) => safetyFactsOf(m, answers))),
  };
}

/**
 * The care team's combined view: each member's own goal and safety check
 * (what they told the therapist alone) and their latest scores, side by side.
 * Homework is added by the caller.
 */
export async function combinedView(
  db: Kysely<DB>,
  cipher: FieldCipher,
  scope: GroupScope<'client.groups.read'>,
  group: GroupRow,
): Promise<Omit<GroupView, 'homework'>> {
  const members = await memberRows(db, scope);
  const answers = await latestAnswersOfMembers(db, scope);
  const standings = await memberStandings(db, scope);
  const names = await measureNames(db, scope.practiceId, standings);
  const facts = members.map((m) => safetyFactsOf(m, answers));
  return {
    id: group.id,
    kind: group.kind,
    name: groupName(cipher, group),
    createdAt: group.createdAt.toISOString(),
    endedAt: group.endedAt?.toISOString() ?? null,
    jointWork: jointWorkOf(facts),
    safetyQuestions: safetyCheckQuestions.map((q) => ({ key: q.key, text: q.text })),
    members: members.map((member, index) => {
      const own = answers.find((a) => a.clientId === member.clientId && a.kind === 'own-goal');
      const check = answers.find(
        (a) => a.clientId === member.clientId && a.kind === 'safety-check',
      );
      const checkContent = check ? openAnswer<SafetyCheckContent>(cipher, check) : null;
      const memberFacts = facts[index]!;
      return {
        clientId: member.clientId,
        displayName: member.displayName,
        ownGoal: own
          ? {
              text: openAnswer<OwnGoalContent>(cipher, own).text,
              at: own.createdAt.toISOString(),
              sharedWithGroup: own.sharedWithGroup,
            }
          : null,
        safetyCheck: {
          status: safetyStatus(memberFacts),
          requestedAt: member.safetyCheckRequestedAt?.toISOString() ?? null,
          answeredAt: check?.createdAt.toISOString() ?? null,
          answers: checkContent
            ? safetyCheckQuestions.map((q) => ({ key: q.key, answer: checkContent.answers[q.key] }))
            : null,
          note: checkContent?.note ?? null,
          needsPrivateConversation: needsPrivateTalk(memberFacts),
          privateConversationAt: member.privateConversationAt?.toISOString() ?? null,
        },
        measures: standings
          .filter((s) => s.clientId === member.clientId)
          .flatMap((s) => {
            const naming = names.get(s.instrumentId);
            if (!naming) return [];
            const band = naming.definition ? bandOf(naming.definition, s.band) : null;
            return [
              {
                instrumentId: s.instrumentId,
                shortTitle: naming.shortTitle,
                total: s.total,
                band: band?.label ?? null,
                at: s.at.toISOString(),
              },
            ];
          }),
      };
    }),
  };
}
