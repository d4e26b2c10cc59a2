/** Display text of a form (the stem, notes between questions), each with an id to describe by. */
export function FormText({ texts, idBase }: { texts: readonly string[]; idBase: string }) {
  return texts.map((words, index) => (
    <p className="questionnaire__text" id={`${idBase}-${index}`} key={`${idBase}-${index}`}>
      {words}
    </p>
  ));
}

export function formTextIds(texts: readonly string[], idBase: string): string | undefined {
  return texts.map((_, index) => `${idBase}-${index}`).join(' ') || undefined;
}
