import { type QueryClient, useQuery } from "@tanstack/react-query";
import type { Me } from "../../contract/accounts";
import { ApiError, apiRequest } from "./api-client";
import { queryKeys } from "./query-keys";

/** The signed-in user, or null when nobody is signed in (the API answers 401). */
export async function fetchMe(): Promise<Me | null> {
  try {
    return await apiRequest<Me>("/api/me");
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export function useMe() {
  return useQuery({ queryKey: queryKeys.me, queryFn: fetchMe, staleTime: 60_000 });
}

/** The signed-in user inside routes guarded by RequireAuth, where it is always known. */
export function useCurrentUser(): Me {
  const { data } = useMe();
  if (!data) throw new Error("useCurrentUser is only for pages behind RequireAuth");
  return data;
}

/**
 * A session began or ended (signing in, signing up, accepting an invitation, signing out): forget
 * everything cached for whoever was here before and remember who is signed in now.
 */
export function setSessionUser(queryClient: QueryClient, me: Me | null): void {
  queryClient.clear();
  queryClient.setQueryData(queryKeys.me, me);
}
