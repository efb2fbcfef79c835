import { useEffect } from "react";
import { useBlocker } from "react-router";
import { ConfirmDialog } from "../../../components/ui/confirm-dialog";

/** Navigation state that passes the guard: the editor leaves on purpose (saved, deleted). */
export const DELIBERATE = { deliberate: true } as const;

function isDeliberate(state: unknown): boolean {
  return typeof state === "object" && state !== null && "deliberate" in state;
}

/**
 * Warns before unsaved changes are lost: the browser asks when the tab is closed or reloaded, and
 * a dialog asks when a link inside Keel is followed.
 */
export function LeaveGuard({ unsaved }: { unsaved: boolean }) {
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      unsaved &&
      currentLocation.pathname !== nextLocation.pathname &&
      !isDeliberate(nextLocation.state),
  );
  useEffect(() => {
    if (!unsaved) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [unsaved]);

  return (
    <ConfirmDialog
      open={blocker.state === "blocked"}
      onOpenChange={(open) => {
        if (!open && blocker.state === "blocked") blocker.reset();
      }}
      title="Leave without saving?"
      description={
        <p>Your changes to this article are not saved yet. If you leave, they are lost.</p>
      }
      confirmLabel="Leave and lose changes"
      cancelLabel="Stay and keep editing"
      onConfirm={() => blocker.proceed?.()}
    />
  );
}
