import { formMessageOf } from "../lib/form-errors";
import { Alert } from "./ui/alert";
import { Button } from "./ui/button";

/** Shown when a list or page could not be loaded, with a way to try again. */
export function ErrorState({
  error,
  title = "We couldn't load this",
  onRetry,
}: {
  error: unknown;
  title?: string;
  onRetry?: () => void;
}) {
  return (
    <Alert tone="danger" title={title} role="alert">
      <p>{formMessageOf(error)}</p>
      {onRetry ? (
        <Button variant="secondary" size="sm" className="mt-3" onClick={onRetry}>
          Try again
        </Button>
      ) : null}
    </Alert>
  );
}
