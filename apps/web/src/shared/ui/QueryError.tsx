import { messageOf } from '../api/api-error.ts';
import { Alert } from './Alert.tsx';
import { Button } from './Button.tsx';

interface QueryErrorProps {
  error: unknown;
  onRetry: () => void;
}

/** A failed load, said calmly, with a way to try again. */
export function QueryError({ error, onRetry }: QueryErrorProps) {
  return (
    <Alert>
      <p>{messageOf(error)}</p>
      <Button variant="secondary" onClick={onRetry}>
        Try again
      </Button>
    </Alert>
  );
}
