import { Download } from "lucide-react";
import { useState } from "react";
import { useNavigate } from "react-router";
import type { Me } from "../../../../contract/accounts";
import { ErasureFields } from "../../../components/erasure-fields";
import { Alert } from "../../../components/ui/alert";
import { Button, buttonClasses } from "../../../components/ui/button";
import {
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
} from "../../../components/ui/card";
import { erasureSchema } from "../../../lib/erasure-schema";
import { focusFirstInvalid } from "../../../lib/form-errors";
import { useValidatedForm } from "../../../lib/use-validated-form";
import { EXPORT_URL, useEraseMyData } from "../api/data-rights";

/** The person's own data: download all of it; a client may also erase it, for good. */
export function YourDataCard({ me }: { me: Me }) {
  const [erasing, setErasing] = useState(false);
  return (
    <Card id="your-data">
      <CardHeader>
        <div className="space-y-1">
          <CardTitle id="your-data-heading">Your data</CardTitle>
          <CardDescription>
            {me.role === "client"
              ? "Download everything Keel holds about you as one file (JSON). It also lists the PDFs you can download: your 360-degree feedback reports and your goals and plan."
              : "Download everything Keel holds about your own account as one file (JSON)."}
          </CardDescription>
        </div>
      </CardHeader>
      <CardContent className="space-y-5">
        <a href={EXPORT_URL} download className={buttonClasses("secondary")}>
          <Download aria-hidden />
          Download your data
        </a>
        {me.role !== "client" ? (
          <p className="text-sm text-slate-700">
            Only clients can erase their data here. To close your account, talk to your practice's
            admin.
          </p>
        ) : erasing ? (
          <ErasureForm onCancel={() => setErasing(false)} />
        ) : (
          <div className="space-y-3 border-t border-slate-200 pt-5">
            <p className="text-sm text-slate-700">
              You can ask Keel to erase you: your account and everything you and your coach wrote in
              your coaching, including your coach's private notes about you.
            </p>
            <Button variant="danger-outline" onClick={() => setErasing(true)}>
              Erase my data
            </Button>
          </div>
        )}
      </CardContent>
    </Card>
  );
}

function ErasureForm({ onCancel }: { onCancel: () => void }) {
  const erase = useEraseMyData();
  const navigate = useNavigate();
  const errors = useValidatedForm(erasureSchema, erase.error);
  const onSubmit = errors.onSubmit((values, form) =>
    erase.mutate(values, {
      onSuccess: () => navigate("/sign-in", { replace: true }),
      onError: () => focusFirstInvalid(form),
    }),
  );
  return (
    <form
      noValidate
      onSubmit={onSubmit}
      className="space-y-5 border-t border-slate-200 pt-5"
      aria-labelledby="your-data-heading"
    >
      <Alert tone="danger" title="This cannot be undone">
        Your account, your answers, goals, check-ins, reflections, sessions and their notes, and the
        mail Keel keeps for you are erased at once, for good. You will be signed out and cannot sign
        in again. Download your data first if you want to keep it. What others answered about you in
        360-degree feedback goes too; your own answers in someone else's released feedback stay
        there, without your name.
      </Alert>
      <ErasureFields message={errors.message} fieldErrors={errors.fieldErrors} />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" variant="danger" pending={erase.isPending}>
          Erase my data for good
        </Button>
        <Button variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
