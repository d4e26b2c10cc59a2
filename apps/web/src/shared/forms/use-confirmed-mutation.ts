import type { UseMutationResult } from '@tanstack/react-query';
import { messageOf } from '../api/api-error.ts';
import { useSubmitGuard } from './use-submit-guard.ts';

export interface ConfirmedMutation<Variables> {
  /** Sends once (a second click while in flight is ignored); `onDone` after success. */
  run: (
    variables: Variables,
    handlers: { onDone: () => void; onError?: (error: unknown) => void },
  ) => void;
  /** Forgets a failed attempt, then closes: the dialog opens clean next time. */
  cancel: (onClose: () => void) => void;
  busy: boolean;
  /** The last failure in plain words, for a confirmation without fields. */
  error: string | null;
}

/**
 * The plumbing every "Are you sure?" dialog shares (archive, deactivate,
 * dismiss): one request in flight at a time, and no error left over from an
 * attempt the person cancelled.
 */
export function useConfirmedMutation<Variables>(
  mutation: UseMutationResult<unknown, unknown, Variables>,
): ConfirmedMutation<Variables> {
  const guard = useSubmitGuard();
  return {
    run: (variables, { onDone, onError }) => {
      if (!guard.begin()) return;
      mutation.mutate(variables, {
        onSettled: guard.end,
        onSuccess: () => {
          mutation.reset();
          onDone();
        },
        ...(onError ? { onError } : {}),
      });
    },
    cancel: (onClose) => {
      mutation.reset();
      onClose();
    },
    busy: mutation.isPending,
    error: mutation.isError ? messageOf(mutation.error) : null,
  };
}
