import type { ComponentProps } from "react";
import { cn } from "../../lib/cn";

export const fieldClasses = cn(
  "block w-full rounded-md border border-slate-300 bg-white px-3 text-base text-slate-900 shadow-sm sm:text-sm",
  "placeholder:text-slate-500 transition-colors",
  "focus:border-brand-700 focus:outline-2 focus:outline-offset-0 focus:outline-brand-700/30",
  "disabled:cursor-not-allowed disabled:bg-slate-100 disabled:text-slate-600",
  "aria-invalid:border-red-600 aria-invalid:focus:outline-red-600/30",
);

export function Input({ className, type = "text", ...props }: ComponentProps<"input">) {
  return <input type={type} className={cn(fieldClasses, "h-10", className)} {...props} />;
}
