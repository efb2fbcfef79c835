import { type ReactNode, useEffect, useRef } from "react";
import { ErrorState } from "./error-state";
import { Button } from "./ui/button";

/** What the list needs of an infinite query (TanStack Query's useInfiniteQuery). */
type Pages = {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  isFetchNextPageError: boolean;
  isPlaceholderData: boolean;
  error: Error | null;
  fetchNextPage: () => Promise<{ isSuccess: boolean }>;
};

/**
 * A list read page after page: the items so far (dimmed while other filters' pages load), then a
 * "Load more" button while there are more. Loading more moves focus to the first item it brought,
 * so keyboard users carry on there (the button itself goes away after the last page); a failure
 * keeps the items already there, with its error below.
 */
export function LoadMoreList({
  pages,
  shown,
  what,
  empty,
  focusable = "li a",
  children,
}: {
  pages: Pages;
  /** How many items the list shows now. */
  shown: number;
  /** What the items are, for the error: "engagements". */
  what: string;
  /** Shown instead of the list when it has no items. */
  empty: ReactNode;
  /** The element of each item that takes focus after "Load more": its link unless told. */
  focusable?: string;
  /** The list: its items' links take focus. */
  children: ReactNode;
}) {
  const listRef = useRef<HTMLDivElement>(null);
  const focusFrom = useRef<number | null>(null);
  useEffect(() => {
    const index = focusFrom.current;
    if (index === null || shown <= index) return;
    focusFrom.current = null;
    listRef.current?.querySelectorAll<HTMLElement>(focusable)[index]?.focus();
  }, [shown, focusable]);
  const loadMore = async () => {
    focusFrom.current = shown;
    const result = await pages.fetchNextPage();
    if (!result.isSuccess) focusFrom.current = null;
  };

  return (
    <>
      {shown === 0 ? (
        empty
      ) : (
        <div
          ref={listRef}
          aria-busy={pages.isPlaceholderData || undefined}
          className={pages.isPlaceholderData ? "opacity-60 transition-opacity" : undefined}
        >
          {children}
        </div>
      )}
      {pages.isFetchNextPageError ? (
        <div className="mt-4">
          <ErrorState title={`We couldn't load more ${what}`} error={pages.error} />
        </div>
      ) : null}
      {pages.hasNextPage ? (
        <div className="mt-5 flex justify-center border-t border-slate-100 pt-5">
          <Button
            variant="secondary"
            onClick={() => void loadMore()}
            pending={pages.isFetchingNextPage}
            disabled={pages.isPlaceholderData}
          >
            Load more
          </Button>
        </div>
      ) : null}
    </>
  );
}
