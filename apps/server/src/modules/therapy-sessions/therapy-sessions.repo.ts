import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { ClientScope } from '../access/require-access.ts';

export interface TherapySession {
  id: string;
  heldOn: string;
  recordedAt: Date;
}

type ReadScope = ClientScope<'client.entries.read' | 'client.sessions.record'>;

/** Records a session; when that date is already recorded, answers the one there (no duplicate). */
export async function recordSession(
  db: Kysely<DB>,
  scope: ClientScope<'client.sessions.record'>,
  session: { id: string; heldOn: string; now: Date },
): Promise<{ created: boolean; session: TherapySession }> {
  const inserted = await db
    .insertInto('therapy_sessions')
    .values({
      practice_id: scope.practiceId,
      id: session.id,
      client_id: scope.clientId,
      held_on: session.heldOn,
      recorded_by: scope.actor.userId,
      recorded_at: session.now,
    })
    .onConflict((oc) => oc.doNothing())
    .returning(['id', 'held_on', 'recorded_at'])
    .executeTakeFirst();
  if (inserted) {
    return {
      created: true,
      session: { id: inserted.id, heldOn: inserted.held_on, recordedAt: inserted.recorded_at },
    };
  }
  const existing = await db
    .selectFrom('therapy_sessions')
    .select(['id', 'held_on', 'recorded_at'])
    .where('practice_id', '=', scope.practiceId)
    .where('client_id', '=', scope.clientId)
    .where('held_on', '=', session.heldOn)
    .executeTakeFirst();
  // Not this client's date: the id was taken by another record.
  if (!existing)
    return { created: false, session: { id: '', heldOn: '', recordedAt: session.now } };
  return {
    created: false,
    session: { id: existing.id, heldOn: existing.held_on, recordedAt: existing.recorded_at },
  };
}

/** The client's sessions, latest first. */
export async function sessionsOf(
  db: Kysely<DB>,
  scope: ReadScope,
  limit: number,
): Promise<TherapySession[]> {
  const rows = await db
    .selectFrom('therapy_sessions')
    .select(['id', 'held_on', 'recorded_at'])
    .where('practice_id', '=', scope.practiceId)
    .where('client_id', '=', scope.clientId)
    .orderBy('held_on', 'desc')
    .limit(limit)
    .execute();
  return rows.map((row) => ({ id: row.id, heldOn: row.held_on, recordedAt: row.recorded_at }));
}
