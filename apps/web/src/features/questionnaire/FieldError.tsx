export type FieldError = string | undefined;

/** A question's error text, read out with the question (its id goes in aria-describedby). */
export function FieldErrorText({ id, error }: { id: string; error: FieldError }) {
  if (!error) return null;
  return (
    <p className="field__error" id={id}>
      <span className="visually-hidden">Error: </span>
      {error}
    </p>
  );
}
