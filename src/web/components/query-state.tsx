import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { ErrorState } from "./error-state";
import { LoadingState } from "./ui/loading-state";

type QueryStateProps<T> = {
  query: UseQueryResult<T>;
  /** What is loading, e.g. "Loading engagements…". */
  loading: string;
  /** The content, once the data is there. */
  children: (data: T) => ReactNode;
};

/** What a query's data will fill: a loading line, an error with "Try again", or the content. */
export function QueryState<T>({ query, loading, children }: QueryStateProps<T>) {
  if (query.status === "pending") return <LoadingState label={loading} />;
  if (query.status === "error") {
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  }
  return children(query.data);
}
