import { Link, useRouteError } from "react-router";
import { KeelMark } from "../components/keel-logo";
import { Alert } from "../components/ui/alert";
import { buttonClasses } from "../components/ui/button";

/** Shown when a page crashes while rendering; keeps the person one click from safety. */
export function RouteErrorPage() {
  const error = useRouteError();
  const detail = error instanceof Error ? error.message : null;
  return (
    <main className="mx-auto flex min-h-dvh max-w-lg flex-col justify-center px-4 py-16">
      <KeelMark className="mb-6 size-10" />
      <h1 className="text-2xl font-semibold text-slate-900">Something went wrong</h1>
      <p className="mt-2 text-slate-600">
        This page hit an unexpected problem. Reloading usually helps; your data is safe.
      </p>
      {detail ? (
        <Alert tone="danger" className="mt-6">
          {detail}
        </Alert>
      ) : null}
      <div className="mt-6 flex gap-3">
        <button
          type="button"
          className={buttonClasses("primary")}
          onClick={() => window.location.reload()}
        >
          Reload page
        </button>
        <Link to="/" className={buttonClasses("secondary")} reloadDocument>
          Go to home
        </Link>
      </div>
    </main>
  );
}
