import { formatDate } from '../../shared/format/format-date.ts';
import { StackedTable } from '../../shared/ui/StackedTable.tsx';
import { levelWords, signedLevel } from './gas-levels.ts';
import type { Goal } from './goals-api.ts';

type Rating = Goal['ratings'][number];

/** A goal's ratings, oldest first, each with the words of the version it was made on. */
export function GoalRatingsTable({ goal, labelledBy }: { goal: Goal; labelledBy: string }) {
  const wordsAt = (rating: Rating) =>
    levelWords(
      goal.scales.find((scale) => scale.version === rating.scaleVersion)?.levels,
      rating.level,
    );
  return (
    <StackedTable
      rows={goal.ratings}
      rowKey={(rating) => rating.id}
      labelledBy={labelledBy}
      rowHeader={{ header: 'Date', cell: (rating) => formatDate(rating.ratedAt) }}
      columns={[
        { header: 'Level', cell: (rating) => signedLevel(rating.level) },
        { header: 'Outcome', cell: wordsAt },
        { header: 'Rated by', cell: (rating) => rating.ratedBy.displayName },
      ]}
    />
  );
}
