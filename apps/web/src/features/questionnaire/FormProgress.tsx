interface FormProgressProps {
  /** "Question 3 of 9" or "3 of 9 answered". */
  text: string;
  done: number;
  total: number;
}

/** Where the person is in the form, in words; the bar repeats it for the eye only. */
export function FormProgress({ text, done, total }: FormProgressProps) {
  return (
    <div className="form-progress">
      <p className="form-progress__text">{text}</p>
      <progress className="form-progress__bar" max={total} value={done} aria-hidden="true" />
    </div>
  );
}
