import { localDate, startOfLocalDay } from '@tandem/core';
import type { Kysely } from 'kysely';
import type { EncryptedColumn } from '../../crypto/encrypted-columns.ts';
import type { DB, GoalStatus, HomeworkStatus } from '../../db/schema.ts';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../http/actor.ts';
import { requireClientAccess, type ClientScope } from '../access/require-access.ts';
import { goalsOf, ratingsOf } from '../goals/goals.repo.ts';
import { homeworkOf } from '../homework/homework.repo.ts';
import { viewsFor } from '../homework/homework.service.ts';
import { clientTimeZone } from '../measures/client-time-zone.repo.ts';
import { responsesOfClient } from '../measures/responses.repo.ts';
import { seriesDates } from '../measures/series-dates.ts';
import { measureNames } from '../practice-instruments/practice-measure.ts';
import { sessionsOf } from '../therapy-sessions/therapy-sessions.repo.ts';
import { goalMeasuresOf, reviewsOf } from './session-review.repo.ts';

const goalContentColumn: EncryptedColumn = { table: 'goals', column: 'content' };
/** The sealed decision of a review (listed in crypto/encrypted-columns.ts). */
export const decisionColumn = {
  table: 'session_reviews',
  column: 'decision',
} as const satisfies EncryptedColumn;

export type ServiceDeps = Pick<Deps, 'db' | 'clock' | 'cipher'>;

/** Shown on the axis even when no goal names them: the usual measures of low mood and worry. */
const USUAL_MEASURES = ['phq-9', 'gad-7'];
/** With no session recorded before today, the window is the last four weeks. */
const DEFAULT_DAYS = 28;
const DAY_MS = 86_400_000;
const HOMEWORK_LIMIT = 200;
const REVIEW_LIMIT = 20;

export interface SessionReview {
  since: string;
  today: string;
  lastSessionOn: string | null;
  goals: {
    id: string;
    title: string;
    status: GoalStatus;
    measureIds: string[];
    homeworkIds: string[];
    ratings: { at: string; date: string; level: number }[];
  }[];
  homework: {
    id: string;
    goalId: string | null;
    name: string;
    dueOn: string;
    status: HomeworkStatus;
    helpfulness: number | null;
    answerNote: string | null;
    assignedAt: string;
    answeredAt: string | null;
    assignedOn: string;
    answeredOn: string | null;
  }[];
  measures: {
    instrumentId: string;
    name: string;
    goalIds: string[];
    scores: { at: string; date: string; total: number; band: string | null }[];
  }[];
  reviews: {
    id: string;
    heldOn: string;
    decision: string;
    createdAt: string;
    createdBy: { displayName: string };
  }[];
}

/**
 * Reads the loop for the review. Each part is read under its own rule (goals,
 * homework, measures): whoever may read the review may read each of them, and
 * the homework's linked entries stay hidden unless the client shared them.
 */
export async function buildReview(
  deps: ServiceDeps,
  db: Kysely<DB>,
  actor: Actor,
  scope: ClientScope<'client.review.read'>,
  sinceAsked: string | undefined,
  now: Date,
): Promise<SessionReview> {
  const clientId = scope.clientId;
  const [goalsScope, homeworkScope, measuresScope, entriesScope] = await Promise.all([
    requireClientAccess(deps, actor, 'client.goals.read', clientId),
    requireClientAccess(deps, actor, 'client.homework.read', clientId),
    requireClientAccess(deps, actor, 'client.measures.read', clientId),
    requireClientAccess(deps, actor, 'client.entries.read', clientId),
  ]);
  const timeZone = await clientTimeZone(db, scope.practiceId, clientId);
  const today = localDate(now, timeZone);
  const sessions = await sessionsOf(db, entriesScope, 10);
  const reviewRows = await reviewsOf(db, scope, { limit: REVIEW_LIMIT });
  const lastSessionOn = sessions.find((s) => s.heldOn < today)?.heldOn ?? null;
  const lastReviewOn = reviewRows.find((r) => r.heldOn < today)?.heldOn ?? null;
  const latest = [lastSessionOn, lastReviewOn].filter((d): d is string => d !== null).sort();
  const since =
    sinceAsked ??
    latest.at(-1) ??
    localDate(new Date(now.getTime() - DEFAULT_DAYS * DAY_MS), timeZone);
  const start = startOfLocalDay(since, timeZone);

  const goalRows = await goalsOf(db, goalsScope);
  const goalIds = goalRows.map((g) => g.id);
  const [ratings, linked, homeworkRows, responses] = await Promise.all([
    ratingsOf(db, goalsScope, goalIds),
    goalMeasuresOf(db, scope),
    homeworkOf(db, homeworkScope, { limit: HOMEWORK_LIMIT }),
    responsesOfClient(db, measuresScope),
  ]);

  const ratingDates = seriesDates(
    ratings.map((r) => r.ratedAt),
    timeZone,
  );
  const goals = goalRows.map((row) => {
    const sealed = JSON.parse(
      deps.cipher.open(row.content, { column: goalContentColumn, rowId: row.id }),
    ) as { content: { title: string } };
    const own = ratings
      .map((rating, index) => ({ rating, date: ratingDates[index]! }))
      .filter(({ rating }) => rating.goalId === row.id);
    // The last rating before the window is where the line starts from.
    const before = own.filter(({ rating }) => rating.ratedAt < start).at(-1);
    const inWindow = own.filter(({ rating }) => rating.ratedAt >= start);
    return {
      id: row.id,
      title: sealed.content.title,
      status: row.status,
      measureIds: linked.get(row.id) ?? [],
      homeworkIds: homeworkRows.filter((h) => h.goalId === row.id).map((h) => h.id),
      ratings: [...(before ? [before] : []), ...inWindow].map(({ rating, date }) => ({
        at: rating.ratedAt.toISOString(),
        date,
        level: rating.level,
      })),
    };
  });

  const shownHomework = homeworkRows.filter(
    (h) =>
      h.createdAt >= start || h.dueOn >= since || (h.answeredAt !== null && h.answeredAt >= start),
  );
  const views = await viewsFor(deps, db, actor, clientId, shownHomework, today);
  const homework = views
    .map((view) => ({
      id: view.id,
      goalId: view.goalId,
      name: view.tool.name,
      dueOn: view.dueOn,
      status: view.status,
      helpfulness: view.helpfulness,
      answerNote: view.answerNote,
      assignedAt: view.assignedAt,
      answeredAt: view.answeredAt,
      assignedOn: localDate(new Date(view.assignedAt), timeZone),
      answeredOn: view.answeredAt === null ? null : localDate(new Date(view.answeredAt), timeZone),
    }))
    .sort((a, b) => (a.assignedAt < b.assignedAt ? -1 : a.assignedAt > b.assignedAt ? 1 : 0));

  const instrumentIds = [
    ...new Set([
      ...goals.flatMap((g) => g.measureIds),
      ...USUAL_MEASURES.filter((id) => responses.some((r) => r.instrumentId === id)),
    ]),
  ];
  const names = await measureNames(db, scope.practiceId, instrumentIds);
  const measures = instrumentIds.map((instrumentId) => {
    const scored = responses.filter(
      (r) => r.instrumentId === instrumentId && r.total !== null && r.submittedAt >= start,
    );
    const dates = seriesDates(
      scored.map((r) => r.submittedAt),
      timeZone,
    );
    return {
      instrumentId,
      name: names.get(instrumentId)?.shortTitle ?? instrumentId,
      goalIds: goals.filter((g) => g.measureIds.includes(instrumentId)).map((g) => g.id),
      scores: scored.map((r, index) => ({
        at: r.submittedAt.toISOString(),
        date: dates[index]!,
        total: r.total!,
        band: r.band,
      })),
    };
  });

  const reviews = reviewRows.map((row) => ({
    id: row.id,
    heldOn: row.heldOn,
    decision: deps.cipher.open(row.decision, { column: decisionColumn, rowId: row.id }),
    createdAt: row.createdAt.toISOString(),
    createdBy: { displayName: row.createdBy },
  }));

  return { since, today, lastSessionOn, goals, homework, measures, reviews };
}
