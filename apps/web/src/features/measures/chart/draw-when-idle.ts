/**
 * Charts are drawn after the page has painted, one per idle moment, so the
 * text and tables a reader needs first never wait behind canvas work.
 */
type Job = () => void;

const queue: Job[] = [];
let scheduled = false;

function runNext(): void {
  scheduled = false;
  queue.shift()?.();
  schedule();
}

function schedule(): void {
  if (scheduled || queue.length === 0) return;
  scheduled = true;
  // A frame first, so the first paint is not held back; then an idle moment.
  requestAnimationFrame(() => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(runNext, { timeout: 1000 });
    else setTimeout(runNext, 0);
  });
}

/** Queues `job`; the returned function takes it out again if it has not run yet. */
export function drawWhenIdle(job: Job): () => void {
  queue.push(job);
  schedule();
  return () => {
    const index = queue.indexOf(job);
    if (index >= 0) queue.splice(index, 1);
  };
}
