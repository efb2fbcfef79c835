import { type ReactNode, useRef, useState } from "react";
import { Button, type ButtonSize, type ButtonVariant } from "./ui/button";
import { ConfirmDialog } from "./ui/confirm-dialog";

type DeleteButtonProps = {
  /** The button's words: an icon, the verb and, for screen readers, what it acts on. */
  children: ReactNode;
  variant?: ButtonVariant;
  size?: ButtonSize;
  className?: string;
  /** A tooltip, for a button that shows its icon only on a phone. */
  title?: string;
  /** The question the dialog asks, e.g. "Delete “Growth model”?". */
  question: string;
  /** What it means: the dialog's paragraphs (and an error, for a dialog that stays open on one). */
  description: ReactNode;
  /** The confirming button's name, e.g. "Delete model". */
  confirmLabel: string;
  /** While the action runs: the dialog stays open, its buttons disabled. */
  pending: boolean;
  /** Runs the action; `close` closes the dialog (usually once the action settled). */
  onConfirm: (close: () => void) => void;
  /** Before the dialog opens, e.g. to forget an earlier attempt's error. */
  onOpen?: () => void;
  /** Where focus goes when the action took the button away (its row is gone). */
  focusWhenGone?: () => HTMLElement | null;
};

/**
 * A button that deletes, removes, withdraws or revokes something, after asking in a dialog. Focus
 * comes back to the button when the dialog closes, or goes near it once the button is gone.
 */
export function DeleteButton({
  children,
  variant = "danger-outline",
  size,
  className,
  title,
  question,
  description,
  confirmLabel,
  pending,
  onConfirm,
  onOpen,
  focusWhenGone,
}: DeleteButtonProps) {
  const [confirming, setConfirming] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <Button
        ref={button}
        variant={variant}
        size={size}
        className={className}
        title={title}
        aria-haspopup="dialog"
        onClick={() => {
          onOpen?.();
          setConfirming(true);
        }}
      >
        {children}
      </Button>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={question}
        description={description}
        confirmLabel={confirmLabel}
        pending={pending}
        onConfirm={() => onConfirm(() => setConfirming(false))}
        focusAfterClose={() => (button.current?.isConnected ? button.current : focusWhenGone?.())}
      />
    </>
  );
}
