import { Mail } from "lucide-react";
import type { ReactNode } from "react";
import { Card, CardContent } from "../../../components/ui/card";

/** The centred card of the invitation link's page. */
export function InvitationCard({
  title,
  description,
  children,
}: {
  title: string;
  description?: ReactNode;
  children: ReactNode;
}) {
  return (
    <div className="mx-auto w-full max-w-md sm:py-6">
      <Card>
        <CardContent className="pt-6 sm:px-8 sm:pt-8 sm:pb-8">
          <span className="mb-4 flex size-11 items-center justify-center rounded-full bg-brand-50 text-brand-700">
            <Mail className="size-5" aria-hidden="true" />
          </span>
          <h1 className="text-2xl font-semibold tracking-tight text-balance text-slate-900">
            {title}
          </h1>
          {description ? <p className="mt-2 text-sm text-slate-600">{description}</p> : null}
          <div className="mt-6">{children}</div>
        </CardContent>
      </Card>
    </div>
  );
}
