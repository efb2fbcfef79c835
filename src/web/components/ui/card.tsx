import type { ComponentProps, ElementType, ReactNode } from "react";
import { cn } from "../../lib/cn";

export function Card({ className, ...props }: ComponentProps<"div">) {
  return (
    <div
      className={cn("rounded-xl border border-slate-200 bg-white shadow-sm", className)}
      {...props}
    />
  );
}

export function CardHeader({ className, ...props }: ComponentProps<"div">) {
  return (
    <div
      className={cn(
        "flex flex-wrap items-start justify-between gap-3 p-5 pb-3 sm:p-6 sm:pb-3",
        className,
      )}
      {...props}
    />
  );
}

type CardTitleProps = {
  as?: ElementType;
  className?: string;
  children: ReactNode;
  id?: string;
  /** -1 where focus is moved to the heading, e.g. when the item that had it is gone. */
  tabIndex?: number;
};

export function CardTitle({
  as: Heading = "h2",
  className,
  children,
  id,
  tabIndex,
}: CardTitleProps) {
  return (
    <Heading
      id={id}
      tabIndex={tabIndex}
      className={cn("text-base font-semibold text-slate-900 focus:outline-none", className)}
    >
      {children}
    </Heading>
  );
}

export function CardDescription({ className, ...props }: ComponentProps<"p">) {
  return <p className={cn("mt-1 text-sm text-slate-600", className)} {...props} />;
}

export function CardContent({ className, ...props }: ComponentProps<"div">) {
  return <div className={cn("px-5 pb-5 sm:px-6 sm:pb-6", className)} {...props} />;
}

export function CardFooter({ className, ...props }: ComponentProps<"div">) {
  return (
    <div
      className={cn(
        "flex flex-wrap items-center gap-3 border-t border-slate-100 px-5 py-4 sm:px-6",
        className,
      )}
      {...props}
    />
  );
}
