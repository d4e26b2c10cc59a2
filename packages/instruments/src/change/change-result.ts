// Change metrics take numbers typed by people (the CLI, a therapist's form), so
// bad input is answered with values naming the field, never with a throw.

export interface ChangeInputError {
  /** The input field at fault, e.g. `before`, `phq9.last`, `goals[2].weight`. */
  readonly field: string;
  readonly message: string;
}

export type ChangeResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly errors: readonly ChangeInputError[] };

/** Checks that a score is a finite number within [min, max]; returns the problem, if any. */
export function checkScore(
  field: string,
  value: unknown,
  min: number,
  max: number,
): ChangeInputError | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return { field, message: `${field} must be a number` };
  }
  if (value < min || value > max) {
    return { field, message: `${field} must be between ${min} and ${max}, got ${value}` };
  }
  return null;
}
