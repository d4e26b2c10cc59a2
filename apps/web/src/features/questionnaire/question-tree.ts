import type { Question, QuestionGroup } from './questionnaire-model.ts';

export type QuestionNode =
  | { kind: 'question'; question: Question }
  | { kind: 'group'; group: QuestionGroup; children: QuestionNode[] };

/**
 * The shown questions nested in their groups again, for the all-on-one-page
 * layout (a fieldset per group). A group whose questions are all hidden is gone.
 *
 * @example questionTree([a, b]) // a and b in group g: [{ kind: 'group', group: g, children: [a, b] }]
 */
export function questionTree(questions: readonly Question[]): QuestionNode[] {
  const root: QuestionNode[] = [];
  let open: { group: QuestionGroup; children: QuestionNode[] }[] = [];
  for (const question of questions) {
    let depth = 0;
    while (
      depth < open.length &&
      depth < question.groups.length &&
      open[depth]?.group.linkId === question.groups[depth]?.linkId
    ) {
      depth += 1;
    }
    open = open.slice(0, depth);
    for (const group of question.groups.slice(depth)) {
      const node = { kind: 'group' as const, group, children: [] };
      (open.at(-1)?.children ?? root).push(node);
      open.push(node);
    }
    (open.at(-1)?.children ?? root).push({ kind: 'question', question });
  }
  return root;
}
