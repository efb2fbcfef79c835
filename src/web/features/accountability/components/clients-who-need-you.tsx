import { CircleCheck } from "lucide-react";
import { Link } from "react-router";
import type { ClientWarning } from "../../../../contract/accountability";
import { Badge } from "../../../components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "../../../components/ui/card";
import { LoadingState } from "../../../components/ui/loading-state";
import { useClientsAtRisk } from "../api/clients-at-risk";

/**
 * On the coach's home: the clients the early-warning rules flag, most at risk first, each
 * warning's reason in words and the one thing the coach could do about it.
 */
export function ClientsWhoNeedYou() {
  const clients = useClientsAtRisk();
  const list = clients.data?.clients ?? [];
  return (
    <Card className="mb-6">
      <CardHeader>
        <CardTitle id="clients-who-need-you-heading">Clients who need you</CardTitle>
      </CardHeader>
      <CardContent>
        {clients.isPending ? (
          <LoadingState label="Reading your clients’ week…" />
        ) : clients.error ? (
          <p className="text-sm text-slate-600">
            This list could not be read just now. Reload the page to try again.
          </p>
        ) : list.length === 0 ? (
          <p className="flex items-center gap-2 text-sm text-slate-700">
            <CircleCheck aria-hidden="true" className="size-4 shrink-0 text-emerald-600" />
            Nothing needs your attention: every client is keeping up.
          </p>
        ) : (
          <ol aria-labelledby="clients-who-need-you-heading" className="divide-y divide-slate-200">
            {list.map(({ engagement, client, warnings }) => (
              <li key={engagement.id} className="py-3 first:pt-0 last:pb-0">
                <Link
                  to={`/engagements/${engagement.id}`}
                  className="font-medium text-brand-700 hover:underline"
                >
                  {client.name}
                  <span className="font-normal text-slate-600"> · {engagement.title}</span>
                </Link>
                <ul className="mt-2 space-y-2">
                  {warnings.map((warning) => (
                    <WarningLine key={warning.rule} warning={warning} />
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        )}
      </CardContent>
    </Card>
  );
}

function WarningLine({ warning }: { warning: ClientWarning }) {
  const act = warning.severity === "act";
  return (
    <li className="flex flex-col gap-1 sm:flex-row sm:items-start sm:gap-3">
      <Badge tone={act ? "danger" : "warning"} className="w-fit shrink-0">
        {act ? "Act this week" : "Worth a look"}
      </Badge>
      <div className="min-w-0 text-sm">
        <p className="break-words text-slate-900">{warning.reason}</p>
        <p className="text-slate-600">
          <span className="font-medium text-slate-700">Suggested: </span>
          {warning.action}
        </p>
      </div>
    </li>
  );
}
