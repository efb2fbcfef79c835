import { CircleCheck, CircleExclamationPoint, Info, TriangleExclamationPoint } from "lucide-react";
import type { ReactNode } from "react";
import { cn } from "../../lib/cn";

const TONES = {
  info: { box: "border-sky-200 bg-sky-50 text-sky-900", icon: Info },
  success: { box: "border-emerald-200 bg-emerald-50 text-emerald-900", icon: CircleCheck },
  warning: { box: "border-amber-200 bg-amber-50 text-amber-900", icon: TriangleExclamationPoint },
  danger: { box: "border-red-200 bg-red-50 text-red-900", icon: CircleExclamationPoint },
} as const;

type AlertProps = {
  tone?: keyof typeof TONES;
  title?: ReactNode;
  children?: ReactNode;
  /** "alert" interrupts a screen reader (errors); "status" waits politely (confirmations). */
  role?: "alert" | "status";
  className?: string;
};

export function Alert({ tone = "info", title, children, role, className }: AlertProps) {
  const { box, icon: Icon } = TONES[tone];
  return (
    <div role={role} className={cn("flex gap-3 rounded-lg border p-4 text-sm", box, className)}>
      <Icon className="mt-0.5 size-5 shrink-0" aria-hidden="true" />
      <div className="min-w-0 space-y-1">
        {title ? <p className="font-semibold">{title}</p> : null}
        {children ? <div className="leading-relaxed">{children}</div> : null}
      </div>
    </div>
  );
}

/** The message at the top of a form; always rendered so screen readers announce changes. */
export function FormAlert({ message }: { message: string | null }) {
  return (
    <div role="alert" className={message ? undefined : "sr-only"}>
      {message ? <Alert tone="danger">{message}</Alert> : null}
    </div>
  );
}
