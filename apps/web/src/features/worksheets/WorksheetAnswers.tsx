import type { Question } from '../questionnaire/questionnaire-model.ts';
import { useWorksheetModel } from './worksheets-api.ts';
import type { WorksheetEntry } from './worksheets-api.ts';

/** One stored answer in words: option labels for choices, the number for ratings. */
export function answerInWords(question: Question, value: WorksheetEntry['answers'][string]) {
  if (question.kind === 'choice') {
    const chosen = Array.isArray(value) ? value : [value];
    return chosen
      .map((code) => question.options.find((option) => option.value === code)?.label ?? code)
      .join(', ');
  }
  if (typeof value === 'number' && (question.kind === 'integer' || question.kind === 'decimal')) {
    return question.max === undefined ? String(value) : `${value} out of ${question.max}`;
  }
  return Array.isArray(value) ? value.join(', ') : String(value);
}

/**
 * Every answer of a worksheet entry, each under its question's own words, in
 * the worksheet's order. The questions come from the worksheet's definition.
 */
export function WorksheetAnswers({
  worksheet,
  answers,
}: {
  worksheet: string;
  answers: WorksheetEntry['answers'];
}) {
  const model = useWorksheetModel(worksheet);
  if (!model.data) return null;
  const answered = model.data.questions.filter((question) =>
    Object.hasOwn(answers, question.linkId),
  );
  if (answered.length === 0) return null;
  return (
    <dl className="worksheet-card__answers">
      {answered.map((question) => (
        <div key={question.linkId}>
          <dt>{question.text}</dt>
          <dd className="worksheet-card__thought">
            {answerInWords(question, answers[question.linkId]!)}
          </dd>
        </div>
      ))}
    </dl>
  );
}
