import type { ComponentProps } from "react";
import { cn } from "../../lib/cn";

export function Label({ className, children, ...props }: ComponentProps<"label">) {
  return (
    // biome-ignore lint/a11y/noLabelWithoutControl: callers pass htmlFor
    <label className={cn("block text-sm font-medium text-slate-800", className)} {...props}>
      {children}
    </label>
  );
}
