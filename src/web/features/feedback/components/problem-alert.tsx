import { Alert } from "../../../components/ui/alert";

/**
 * The message at the top of a form or an action, with the problems no field on the page shows
 * (a list that breaks the group limits, say). Always rendered, so screen readers announce it.
 */
export function ProblemAlert({
  message,
  details = [],
}: {
  message: string | null;
  details?: string[];
}) {
  const lines = details.filter((line) => line !== message);
  const shown = Boolean(message) || lines.length > 0;
  return (
    <div role="alert" className={shown ? undefined : "sr-only"}>
      {shown ? (
        <Alert tone="danger">
          {message ? <p>{message}</p> : null}
          {lines.length > 0 ? (
            <ul className="mt-1 list-disc space-y-0.5 pl-5">
              {lines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          ) : null}
        </Alert>
      ) : null}
    </div>
  );
}
