import * as Dialog from "@radix-ui/react-dialog";
import { type ReactNode, useRef } from "react";
import { Button } from "./button";

type ConfirmDialogProps = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description: ReactNode;
  /** The confirming button's name, e.g. "Close engagement". */
  confirmLabel: string;
  /** "danger" (the default) for destructive actions; "primary" for a final step that isn't. */
  confirmVariant?: "danger" | "primary";
  onConfirm: () => void;
  /** While the action runs the dialog stays open, its buttons disabled and Escape ignored. */
  pending?: boolean;
  /**
   * Where focus goes when the dialog closes: usually the button that opened it, or, when that
   * button is gone (the action removed it), a place near it. Falls back to Radix's default.
   */
  focusAfterClose?: () => HTMLElement | null | undefined;
  /** What the person gives with their answer (a reason, say), below the description. */
  children?: ReactNode;
  /** Keeps the confirming button disabled while what it needs is missing. */
  confirmDisabled?: boolean;
  /** The backing-out button's name, where "Cancel" would be ambiguous ("Keep the session"). */
  cancelLabel?: string;
};

/**
 * Asks before an action that cannot be undone. A modal alert dialog: focus starts on Cancel,
 * stays inside until the person answers, and Escape or Cancel back out. Clicking outside does not
 * count as an answer.
 */
export function ConfirmDialog({
  open,
  onOpenChange,
  title,
  description,
  confirmLabel,
  confirmVariant = "danger",
  onConfirm,
  pending = false,
  focusAfterClose,
  children,
  confirmDisabled = false,
  cancelLabel = "Cancel",
}: ConfirmDialogProps) {
  const cancelRef = useRef<HTMLButtonElement>(null);
  return (
    <Dialog.Root
      open={open}
      onOpenChange={(next) => {
        if (!pending) onOpenChange(next);
      }}
    >
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-50 bg-slate-900/50" />
        <Dialog.Content
          role="alertdialog"
          className="fixed top-1/2 left-1/2 z-50 w-[calc(100%-2rem)] max-w-md -translate-x-1/2 -translate-y-1/2 rounded-xl border border-slate-200 bg-white p-6 shadow-xl focus:outline-none"
          onOpenAutoFocus={(event) => {
            event.preventDefault();
            cancelRef.current?.focus();
          }}
          onCloseAutoFocus={(event) => {
            const target = focusAfterClose?.();
            if (!target) return;
            event.preventDefault();
            target.focus();
          }}
          onInteractOutside={(event) => event.preventDefault()}
        >
          <Dialog.Title className="text-lg font-semibold text-slate-900">{title}</Dialog.Title>
          <Dialog.Description asChild>
            <div className="mt-2 space-y-2 text-sm leading-relaxed text-slate-600">
              {description}
            </div>
          </Dialog.Description>
          {children ? <div className="mt-4">{children}</div> : null}
          <div className="mt-6 flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
            <Dialog.Close asChild>
              <Button ref={cancelRef} variant="secondary" disabled={pending}>
                {cancelLabel}
              </Button>
            </Dialog.Close>
            <Button
              variant={confirmVariant}
              pending={pending}
              disabled={confirmDisabled}
              onClick={onConfirm}
            >
              {confirmLabel}
            </Button>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
