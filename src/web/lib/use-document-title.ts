import { useEffect } from "react";

/** Sets the browser tab's title to "<title> · Keel". */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · Keel` : "Keel";
  }, [title]);
}
