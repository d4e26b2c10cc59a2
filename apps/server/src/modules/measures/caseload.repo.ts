import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { ClientStatus } from '@tandem/core';
import type { ClientSummary } from '../clients/clients.repo.ts';
import type { CaseloadScope } from '../access/require-access.ts';

export interface StatusRow {
  instrumentId: string;
  latestTotal: number;
  latestBand: string | null;
  latestAt: Date;
  changeCategory: string | null;
  notOnTrack: 'on-track' | 'not-on-track' | 'not-enough-data' | null;
  notOnTrackReason: string | null;
}

export interface CaseloadEntry {
  client: ClientSummary;
  statuses: StatusRow[];
  openAlerts: number;
  overdue: number;
}

/** One client as PostgreSQL builds it: positions, not keys, to keep the text short. */
type EntryTuple = [
  id: string,
  displayName: string,
  email: string,
  userStatus: string,
  archived: boolean,
  invitedAtMs: number,
  joinedAtMs: number | null,
  therapists: [id: string, displayName: string][] | null,
  statuses: StatusTuple[] | null,
  openAlerts: number,
  overdue: number,
];

type StatusTuple = [
  instrumentId: string,
  latestTotal: number,
  latestBand: string | null,
  latestAtMs: number,
  changeCategory: string | null,
  notOnTrack: StatusRow['notOnTrack'],
  notOnTrackReason: string | null,
];

function statusOf(userStatus: string, archived: boolean): ClientStatus {
  if (archived) return 'archived';
  return userStatus === 'active' ? 'active' : 'invited';
}

/**
 * A caseload with everything its rows show, in one statement: the clients
 * whose care team includes one of the scope's staff (by name), each with
 * their care team, their standing on each measure, their open alerts and
 * their overdue measures. PostgreSQL assembles the result as one JSON text,
 * so the app parses one value instead of a field per column per row (the
 * benchmark's profile put most of the caseload's app CPU in the driver's row
 * parsing and in building five queries; docs/benchmarks.md).
 *
 * Overdue: an active assignment whose latest occasion to have opened is
 * unanswered and opened more than a day ago (one index probe per assignment).
 */
export async function caseloadEntries(
  db: Kysely<DB>,
  scope: CaseloadScope,
  archived: boolean,
  now: Date,
): Promise<CaseloadEntry[]> {
  if (scope.staffIds.length === 0) return [];
  const dayAgo = new Date(now.getTime() - 24 * 3_600_000);
  const epochMs = (column: string) => sql.raw(`floor(extract(epoch from ${column}) * 1000)`);
  const result = await sql<{ caseload: string }>`
    with listed as (
      select cr.client_id, cr.archived_at is not null as archived, u.display_name, u.status,
             u.created_at, u.accepted_at, acc.email
      from client_records cr
      join users u on u.practice_id = cr.practice_id and u.id = cr.client_id
      join accounts acc on acc.id = u.account_id
      where cr.practice_id = ${scope.practiceId}
        and (cr.archived_at is not null) = ${archived}
        and exists (
          select 1 from care_team ct
          where ct.practice_id = cr.practice_id and ct.client_id = cr.client_id
            and ct.staff_id = any(${scope.staffIds}::uuid[])
        )
    )
    select coalesce(json_agg(json_build_array(
      l.client_id, l.display_name, l.email, l.status, l.archived,
      ${epochMs('l.created_at')}, ${epochMs('l.accepted_at')},
      (select json_agg(json_build_array(s.id, s.display_name) order by s.display_name)
         from care_team t
         join users s on s.practice_id = t.practice_id and s.id = t.staff_id
         where t.practice_id = ${scope.practiceId} and t.client_id = l.client_id),
      (select json_agg(json_build_array(ms.instrument_id, ms.latest_total, ms.latest_band,
                ${epochMs('ms.latest_at')}, ms.change_category, ms.not_on_track,
                ms.not_on_track_reason) order by ms.instrument_id)
         from measure_status ms
         where ms.practice_id = ${scope.practiceId} and ms.client_id = l.client_id),
      (select count(*) from alerts al
         where al.practice_id = ${scope.practiceId} and al.client_id = l.client_id
           and al.state <> 'resolved'),
      (select count(*) from measure_assignments ma
         cross join lateral (
           select o.response_id, o.opens_at from measure_occasions o
           where o.practice_id = ma.practice_id and o.assignment_id = ma.id and o.opens_at <= ${now}
           order by o.due_on desc limit 1
         ) latest
         where ma.practice_id = ${scope.practiceId} and ma.client_id = l.client_id
           and ma.status = 'active' and latest.response_id is null
           and latest.opens_at <= ${dayAgo})
    ) order by l.display_name), '[]')::text as caseload
    from listed l`.execute(db);
  const text = result.rows[0]?.caseload ?? '[]';
  return (JSON.parse(text) as EntryTuple[]).map((entry) => ({
    client: {
      id: entry[0],
      displayName: entry[1],
      email: entry[2],
      status: statusOf(entry[3], entry[4]),
      invitedAt: new Date(entry[5]),
      joinedAt: entry[6] === null ? null : new Date(entry[6]),
      therapists: (entry[7] ?? []).map(([id, displayName]) => ({ id, displayName })),
    },
    statuses: (entry[8] ?? []).map((status) => ({
      instrumentId: status[0],
      latestTotal: status[1],
      latestBand: status[2],
      latestAt: new Date(status[3]),
      changeCategory: status[4],
      notOnTrack: status[5],
      notOnTrackReason: status[6],
    })),
    openAlerts: entry[9],
    overdue: entry[10],
  }));
}
