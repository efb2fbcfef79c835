import { useState } from "react";
import { Alert } from "../../../components/ui/alert";
import { Button } from "../../../components/ui/button";
import { LoadingState } from "../../../components/ui/loading-state";
import { isApiError } from "../../../lib/api-client";
import { useAppCheckInForm, useCheckInFromApp } from "../api/check-ins";
import { CheckInFields } from "./check-in-fields";
import { weekLabel } from "./check-in-words";

/** The client checks in from the app, without waiting for the mail: this week's form, inline. */
export function AppCheckIn({ engagementId }: { engagementId: string }) {
  const [open, setOpen] = useState(false);
  const form = useAppCheckInForm(engagementId, open);
  const send = useCheckInFromApp(engagementId);

  if (send.isSuccess)
    return <Alert tone="success">Thank you: your check-in is sent. It is listed below.</Alert>;
  if (!open)
    return (
      <Button size="sm" onClick={() => setOpen(true)}>
        Check in now
      </Button>
    );
  if (form.isPending) return <LoadingState label="Opening your check-in…" />;
  if (isApiError(form.error, 409))
    return (
      <Alert tone="info">
        You have checked in this week already. The next one comes next week.
      </Alert>
    );
  if (form.error) return <Alert tone="danger">{form.error.message}</Alert>;
  return (
    <div className="space-y-3 rounded-lg bg-slate-50 p-3 sm:p-4">
      <p className="text-sm font-medium text-brand-800">{weekLabel(form.data.week)}</p>
      <CheckInFields
        goals={form.data.goals}
        commitments={form.data.commitments}
        pending={send.isPending}
        error={send.error}
        onSubmit={(input) => send.mutate(input)}
      />
    </div>
  );
}
