import { MutationCache, QueryCache, QueryClient } from "@tanstack/react-query";
import { ApiError } from "../lib/api-client";
import { queryKeys } from "../lib/query-keys";

/**
 * One QueryClient for the app. A 401 "unauthenticated" from any call means the session ended:
 * the cached user becomes null, and RequireAuth sends the person to /sign-in.
 */
export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        if (query.queryKey[0] !== queryKeys.me[0]) signOutLocallyOn401(client, error);
        readMeAgainOnTwoFactorRequired(client, error);
      },
    }),
    mutationCache: new MutationCache({
      onError: (error) => {
        signOutLocallyOn401(client, error);
        readMeAgainOnTwoFactorRequired(client, error);
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 15_000,
        retry: (failureCount, error) => {
          if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
          return failureCount < 2;
        },
      },
    },
  });
  return client;
}

/** The practice began requiring two-factor sign-in: /api/me says so, and RequireAuth sends the coach to set it up. */
function readMeAgainOnTwoFactorRequired(client: QueryClient, error: unknown): void {
  if (error instanceof ApiError && error.code === "two_factor_required") {
    void client.invalidateQueries({ queryKey: queryKeys.me });
  }
}

function signOutLocallyOn401(client: QueryClient, error: unknown): void {
  if (error instanceof ApiError && error.status === 401 && error.code === "unauthenticated") {
    client.setQueryData(queryKeys.me, null);
  }
}
