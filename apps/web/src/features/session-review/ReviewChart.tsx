import { dayInWords } from '../homework/homework-wording.ts';
import { axisDays, daysBetween, scoreMax, type AxisEvent, type AxisReview } from './review-axis.ts';

const WIDTH = 640;
const LEFT = 56;
const RIGHT = 16;
/** Room between lanes for the next lane's title. */
const LANE_GAP = 48;
const TITLE_ABOVE = 16;
const GOAL_HEIGHT = 110;
const HOMEWORK_HEIGHT = 44;
const MEASURE_HEIGHT = 110;
/** Each goal and each measure has its own dash, so lines differ without colour. */
export const DASHES = ['', '6 4', '2 4', '10 4 2 4'];

/**
 * The three series on one time axis, drawn as three lanes that share it: goal
 * ratings (−2 to +2), homework (done with its rating, not done, waiting) and
 * measure scores. An image with a summary label; the table beside it holds
 * the same events for anyone who does not read the drawing.
 */
export function ReviewChart({
  review,
  events,
  label,
}: {
  review: AxisReview;
  events: readonly AxisEvent[];
  label: string;
}) {
  const days = axisDays(review, events);
  const plotWidth = WIDTH - LEFT - RIGHT;
  const x = (date: string) => LEFT + (daysBetween(review.since, date) / days) * plotWidth;
  const goalTop = 30;
  const homeworkTop = goalTop + GOAL_HEIGHT + LANE_GAP;
  const measureTop = homeworkTop + HOMEWORK_HEIGHT + LANE_GAP;
  const axisY = measureTop + MEASURE_HEIGHT;
  const height = axisY + 36;
  const goalY = (level: number) => goalTop + ((2 - level) / 4) * GOAL_HEIGHT;
  const top = scoreMax(events);
  const scoreY = (total: number) => measureTop + (1 - total / top) * MEASURE_HEIGHT;
  const homeworkY = homeworkTop + HOMEWORK_HEIGHT / 2;
  const ticks = [review.since, review.today];

  return (
    <svg
      className="review-chart"
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-label={label}
      preserveAspectRatio="xMinYMin meet"
    >
      {/* Lane titles and scales */}
      <text className="review-chart__lane" x={4} y={goalTop - TITLE_ABOVE}>
        Goals
      </text>
      {[2, 0, -2].map((level) => (
        <g key={level}>
          <line
            className="review-chart__grid"
            x1={LEFT}
            x2={WIDTH - RIGHT}
            y1={goalY(level)}
            y2={goalY(level)}
          />
          <text className="review-chart__tick" x={LEFT - 6} y={goalY(level) + 4} textAnchor="end">
            {level > 0 ? `+${level}` : level}
          </text>
        </g>
      ))}
      <text className="review-chart__lane" x={4} y={homeworkTop - TITLE_ABOVE}>
        Homework
      </text>
      <line
        className="review-chart__grid"
        x1={LEFT}
        x2={WIDTH - RIGHT}
        y1={homeworkY}
        y2={homeworkY}
      />
      <text className="review-chart__lane" x={4} y={measureTop - TITLE_ABOVE}>
        Scores
      </text>
      {[top, 0].map((total) => (
        <g key={total}>
          <line
            className="review-chart__grid"
            x1={LEFT}
            x2={WIDTH - RIGHT}
            y1={scoreY(total)}
            y2={scoreY(total)}
          />
          <text className="review-chart__tick" x={LEFT - 6} y={scoreY(total) + 4} textAnchor="end">
            {total}
          </text>
        </g>
      ))}

      {/* Goal ratings: one line per goal */}
      {review.goals.map((goal, index) => {
        const points = events.filter(
          (e): e is Extract<AxisEvent, { lane: 'goal' }> =>
            e.lane === 'goal' && e.goalId === goal.id,
        );
        if (points.length === 0) return null;
        return (
          <g key={goal.id} className="review-chart__series">
            <polyline
              points={points.map((p) => `${x(p.date)},${goalY(p.level)}`).join(' ')}
              strokeDasharray={DASHES[index % DASHES.length]}
            />
            {points.map((p, i) => (
              <circle key={i} cx={x(p.date)} cy={goalY(p.level)} r={4} />
            ))}
          </g>
        );
      })}

      {/* Homework: done (with its 1–5 rating), not done, waiting */}
      {events.map((e) =>
        e.lane === 'homework' ? (
          <g
            key={e.homeworkId}
            className={`review-chart__homework review-chart__homework--${e.status}`}
          >
            {e.status === 'not-done' ? (
              <path d={`M ${x(e.date) - 5} ${homeworkY - 5} l 10 10 m 0 -10 l -10 10`} />
            ) : (
              <circle cx={x(e.date)} cy={homeworkY} r={9} />
            )}
            {e.helpfulness !== null && (
              <text x={x(e.date)} y={homeworkY + 4} textAnchor="middle">
                {e.helpfulness}
              </text>
            )}
          </g>
        ) : null,
      )}

      {/* Measure scores: one line per measure */}
      {review.measures.map((measure, index) => {
        const points = events.filter(
          (e): e is Extract<AxisEvent, { lane: 'measure' }> =>
            e.lane === 'measure' && e.instrumentId === measure.instrumentId,
        );
        if (points.length === 0) return null;
        return (
          <g
            key={measure.instrumentId}
            className="review-chart__series review-chart__series--measure"
          >
            <polyline
              points={points.map((p) => `${x(p.date)},${scoreY(p.total)}`).join(' ')}
              strokeDasharray={DASHES[index % DASHES.length]}
            />
            {points.map((p, i) => (
              <rect key={i} x={x(p.date) - 4} y={scoreY(p.total) - 4} width={8} height={8} />
            ))}
          </g>
        );
      })}

      {/* The shared time axis */}
      <line className="review-chart__axis" x1={LEFT} x2={WIDTH - RIGHT} y1={axisY} y2={axisY} />
      {ticks.map((date, index) => (
        <text
          key={date}
          className="review-chart__tick"
          x={x(date)}
          y={axisY + 20}
          textAnchor={index === 0 ? 'start' : 'end'}
        >
          {dayInWords(date)}
        </text>
      ))}
    </svg>
  );
}
