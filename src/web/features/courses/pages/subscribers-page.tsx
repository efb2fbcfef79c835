import { Download, Users } from "lucide-react";
import type { ListStats } from "../../../../contract/courses";
import { QueryState } from "../../../components/query-state";
import { buttonClasses } from "../../../components/ui/button";
import {
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
} from "../../../components/ui/card";
import { EmptyState } from "../../../components/ui/empty-state";
import { PageHeader } from "../../../components/ui/page-header";
import { useDocumentTitle } from "../../../lib/use-document-title";
import { SUBSCRIBERS_CSV, useListStats } from "../api/list-stats";

/** /subscribers (the practice's admin): each list's subscribers, and how far they got. */
export function SubscribersPage() {
  useDocumentTitle("Subscribers");
  const stats = useListStats();
  return (
    <>
      <PageHeader
        title="Subscribers"
        description="The practice's email courses and its articles list: who subscribed, who stopped, and how far readers got."
        actions={
          <a href={SUBSCRIBERS_CSV} download className={buttonClasses("secondary")}>
            <Download aria-hidden="true" />
            Download CSV
          </a>
        }
      />
      <QueryState query={stats} loading="Loading subscribers…">
        {(lists) =>
          lists.every((list) => total(list) === 0) ? (
            <EmptyState
              icon={Users}
              title="No subscribers yet"
              description="People who subscribe from the practice's pages, and clients enrolled by their coach, show here."
            />
          ) : (
            <div className="space-y-6">
              {lists
                .filter((list) => total(list) > 0)
                .map((list) => (
                  <ListCard key={list.list} stats={list} />
                ))}
            </div>
          )
        }
      </QueryState>
    </>
  );
}

const total = (list: ListStats) =>
  list.counts.pending + list.counts.active + list.counts.completed + list.counts.unsubscribed;

const STATUS_LABELS: [keyof ListStats["counts"], string][] = [
  ["pending", "Waiting to confirm"],
  ["active", "Active"],
  ["completed", "Completed"],
  ["unsubscribed", "Unsubscribed"],
];

function ListCard({ stats }: { stats: ListStats }) {
  const headingId = `list-${stats.list.replace(/[^a-z0-9]+/gi, "-")}`;
  return (
    <Card>
      <section aria-labelledby={headingId}>
        <CardHeader>
          <div>
            <CardTitle id={headingId}>{stats.title}</CardTitle>
            <CardDescription>
              {stats.suppressed === 0
                ? "Every address receives mail."
                : `${stats.suppressed} ${stats.suppressed === 1 ? "address" : "addresses"} bounced or refused mail; nothing more is sent to them.`}
            </CardDescription>
          </div>
        </CardHeader>
        <CardContent className="space-y-6">
          <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
            {STATUS_LABELS.map(([key, label]) => (
              <div key={key} className="rounded-lg bg-slate-50 p-3">
                <dt className="text-xs font-medium text-slate-600">{label}</dt>
                <dd className="text-xl font-semibold text-slate-900">{stats.counts[key]}</dd>
              </div>
            ))}
          </dl>
          {stats.lessons.length > 0 ? <LessonTable stats={stats} /> : null}
        </CardContent>
      </section>
    </Card>
  );
}

function LessonTable({ stats }: { stats: ListStats }) {
  const most = Math.max(1, ...stats.lessons.map((row) => row.sent));
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm">
        <caption className="mb-2 text-left text-sm font-medium text-slate-700">
          Completion by lesson: how many got each lesson, and how many marked its task done
        </caption>
        <thead>
          <tr className="text-left text-xs text-slate-600">
            <th scope="col" className="py-1 pr-3 font-medium">
              Lesson
            </th>
            <th scope="col" className="py-1 pr-3 font-medium">
              Sent
            </th>
            <th scope="col" className="py-1 pr-3 font-medium">
              Done
            </th>
            <th scope="col" className="w-1/2 py-1 font-medium">
              <span className="sr-only">Done of sent, as a bar</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {stats.lessons.map((row) => (
            <tr key={row.lesson}>
              <th scope="row" className="py-1.5 pr-3 font-medium text-slate-800">
                {row.lesson}
              </th>
              <td className="py-1.5 pr-3 tabular-nums">{row.sent}</td>
              <td className="py-1.5 pr-3 tabular-nums">{row.done}</td>
              <td className="py-1.5" aria-hidden="true">
                <div className="h-2.5 rounded-full bg-slate-100">
                  <div
                    className="relative h-2.5 rounded-full bg-brand-200"
                    style={{ width: `${(row.sent / most) * 100}%` }}
                  >
                    <div
                      className="h-2.5 rounded-full bg-brand-700"
                      style={{ width: `${row.sent === 0 ? 0 : (row.done / row.sent) * 100}%` }}
                    />
                  </div>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
