import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { Link } from "react-router";
import { isApiError } from "../lib/api-client";
import { ErrorState } from "./error-state";
import { Alert } from "./ui/alert";
import { LoadingState } from "./ui/loading-state";
import { PageHeader } from "./ui/page-header";

type BackLink = { to: string; label: string };
type PageLink = { to: string; label: ReactNode };

/** A page in place of the resource: a title, and an alert that ends with a link onwards. */
export type MissingPage = {
  title: string;
  message: string;
  link: PageLink;
  tone?: "info" | "warning";
};

type ResourcePageProps<T> = {
  query: UseQueryResult<T>;
  /** What is loading, e.g. "Loading the exercise…". */
  loading: string;
  /** What the page shows, e.g. "Exercise": the title above an error, and "Exercise not found". */
  name: string;
  /** The back link above an error. */
  back: BackLink;
  /** Why it isn't there, e.g. "This exercise doesn't exist, or it isn't one you can see." */
  notFound: string;
  /** Where the not-found page leads; home unless said otherwise. */
  notFoundLink?: PageLink;
  /** A page of its own for some other error (say, a 409); undefined for the usual ones. */
  missing?: (error: Error) => MissingPage | undefined;
  /** The page, once the resource is loaded. */
  children: (data: T) => ReactNode;
};

const HOME = { to: "/", label: "Back to home" };

/**
 * The frame of a page about one resource: a loading line, then the page; or a page saying it
 * isn't there (a 400 is a malformed id in the address: for the reader, the same as a 403 or 404);
 * or the error with "Try again".
 */
export function ResourcePage<T>({
  query,
  loading,
  name,
  back,
  notFound,
  notFoundLink = HOME,
  missing,
  children,
}: ResourcePageProps<T>) {
  if (query.status === "pending") return <LoadingState label={loading} />;
  if (query.status === "success") return children(query.data);

  const { error } = query;
  const status = isApiError(error) ? error.status : 0;
  const page =
    missing?.(error) ??
    (status === 400 || status === 403 || status === 404
      ? { title: `${name} not found`, message: notFound, link: notFoundLink }
      : undefined);
  if (page) {
    return (
      <>
        <PageHeader title={page.title} back={back} />
        <Alert tone={page.tone ?? "warning"}>
          {page.message}{" "}
          <Link to={page.link.to} className="font-medium underline">
            {page.link.label}
          </Link>
        </Alert>
      </>
    );
  }
  return (
    <>
      <PageHeader title={name} back={back} />
      <ErrorState error={error} onRetry={() => void query.refetch()} />
    </>
  );
}
