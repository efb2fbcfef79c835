import type { ReactNode } from "react";
import { ProgressBar } from "./progress-bar";
import { Card, CardContent, CardHeader, CardTitle } from "./ui/card";

/**
 * The coach's view of work the client has not submitted: how far they are and its dates, never
 * the answers. `children` say what comes next.
 */
export function WhereItStands({
  answered,
  progress,
  facts,
  children,
}: {
  /** "3 of 8 answered" */
  answered: string;
  progress: { done: number; total: number };
  /** Labels and values, e.g. ["Due", "1 Mar 2031"]. */
  facts: [label: string, value: ReactNode][];
  children: ReactNode;
}) {
  return (
    <Card className="max-w-3xl">
      <CardHeader>
        <CardTitle>Where it stands</CardTitle>
      </CardHeader>
      <CardContent className="space-y-5">
        <div className="space-y-2">
          <p className="text-sm font-semibold text-slate-900">{answered}</p>
          <ProgressBar done={progress.done} total={progress.total} />
        </div>
        <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
          {facts.map(([label, value]) => (
            <div key={label}>
              <dt className="text-slate-600">{label}</dt>
              <dd className="font-medium text-slate-900">{value}</dd>
            </div>
          ))}
        </dl>
        {children}
      </CardContent>
    </Card>
  );
}
