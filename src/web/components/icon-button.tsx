import { ArrowDown, ArrowUp } from "lucide-react";
import type { ReactNode } from "react";
import { cn } from "../lib/cn";

type IconButtonProps = {
  /** What it does, read by screen readers and shown as a tooltip. */
  label: string;
  id?: string;
  disabled?: boolean;
  onClick: () => void;
  /** Classes that override the default colours, e.g. on a tinted background. */
  className?: string;
  children: ReactNode;
};

/** A square button with an icon only: move up, move down, remove. */
export function IconButton({ label, id, disabled, onClick, className, children }: IconButtonProps) {
  return (
    <button
      type="button"
      id={id}
      aria-label={label}
      title={label}
      disabled={disabled}
      onClick={onClick}
      className={cn(
        "flex size-10 shrink-0 items-center justify-center rounded-md text-slate-600 transition-colors [&_svg]:size-4",
        "hover:bg-slate-100 hover:text-slate-900 disabled:opacity-30 disabled:hover:bg-transparent",
        "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700",
        className,
      )}
    >
      <span aria-hidden="true">{children}</span>
    </button>
  );
}

/**
 * After a move, keeps focus on the moved thing's button of the same direction, or on its other
 * move button when that one is now disabled (the thing reached the top or the bottom).
 */
export function focusMoveButton(key: string, by: -1 | 1): void {
  requestAnimationFrame(() => {
    const same = document.getElementById(`${key}-${by < 0 ? "up" : "down"}`);
    const other = document.getElementById(`${key}-${by < 0 ? "down" : "up"}`);
    const target = same instanceof HTMLButtonElement && !same.disabled ? same : other;
    target?.focus();
  });
}

type MoveButtonsProps = {
  /** What they move, for screen readers: "question 3" reads "Move question 3 up". */
  name: string;
  /** When given, names the buttons and keeps focus on them after a move (see focusMoveButton). */
  moveKey?: string;
  isFirst: boolean;
  isLast: boolean;
  onMove: (by: -1 | 1) => void;
};

/** The move-up and move-down buttons of one thing in a list. */
export function MoveButtons({ name, moveKey, isFirst, isLast, onMove }: MoveButtonsProps) {
  const move = (by: -1 | 1) => {
    onMove(by);
    if (moveKey) focusMoveButton(moveKey, by);
  };
  return (
    <>
      <IconButton
        id={moveKey && `${moveKey}-up`}
        label={`Move ${name} up`}
        disabled={isFirst}
        onClick={() => move(-1)}
      >
        <ArrowUp />
      </IconButton>
      <IconButton
        id={moveKey && `${moveKey}-down`}
        label={`Move ${name} down`}
        disabled={isLast}
        onClick={() => move(1)}
      >
        <ArrowDown />
      </IconButton>
    </>
  );
}
