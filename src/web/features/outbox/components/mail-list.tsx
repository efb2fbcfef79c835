import { NavLink } from "react-router";
import type { Mail } from "../../../../contract/outbox";
import { cn } from "../../../lib/cn";
import { formatDateTime } from "../../../lib/format-date";
import { MailStatusBadge } from "./mail-status-badge";

/** The outbox's mails; each one links to its text. */
export function MailList({ mails }: { mails: Mail[] }) {
  return (
    <ul aria-label="Mails" className="divide-y divide-slate-100">
      {mails.map((mail) => (
        <li key={mail.id}>
          <NavLink
            to={`/outbox/${mail.id}`}
            className={({ isActive }) =>
              cn(
                "block px-4 py-3 transition-colors hover:bg-slate-50 sm:px-5",
                isActive && "bg-brand-50 hover:bg-brand-50",
              )
            }
          >
            <div className="flex items-start justify-between gap-3">
              <p className="min-w-0 font-medium text-slate-900">{mail.subject}</p>
              <MailStatusBadge status={mail.status} />
            </div>
            <p className="mt-1 truncate text-sm text-slate-600">To {mail.to}</p>
            <p className="text-xs text-slate-600">{formatDateTime(mail.createdAt)}</p>
          </NavLink>
        </li>
      ))}
    </ul>
  );
}
