import { useState } from "react";
import type { ClientDetail } from "../../../../contract/practice";
import { ErasureFields } from "../../../components/erasure-fields";
import { Alert } from "../../../components/ui/alert";
import { Button } from "../../../components/ui/button";
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
import { useEraseClient } from "../api/erase-client";

/**
 * The admin's way to honour a client's request to be erased when the client cannot do it
 * themselves. Only a client who has left (every engagement closed) can be erased.
 */
export function EraseClientCard({ client }: { client: ClientDetail }) {
  const [erasing, setErasing] = useState(false);
  const open = client.engagements.filter((e) => e.stage !== "closed").length;
  return (
    <Card id="erase-client">
      <CardHeader>
        <div className="space-y-1">
          <CardTitle id="erase-client-heading">Erase this client</CardTitle>
          <CardDescription>
            When {client.name} asks to be erased and cannot do it from their own settings, you can
            do it for them here.
          </CardDescription>
        </div>
      </CardHeader>
      <CardContent>
        {open > 0 ? (
          <p className="text-sm text-slate-700">
            {client.name} still has {open === 1 ? "an engagement" : `${open} engagements`} that{" "}
            {open === 1 ? "is" : "are"} not closed. Close {open === 1 ? "it" : "them"} first: a
            client can be erased only once they have left.
          </p>
        ) : erasing ? (
          <EraseForm client={client} onCancel={() => setErasing(false)} />
        ) : (
          <Button variant="danger-outline" onClick={() => setErasing(true)}>
            Erase {client.name}
          </Button>
        )}
      </CardContent>
    </Card>
  );
}

function EraseForm({ client, onCancel }: { client: ClientDetail; onCancel: () => void }) {
  const erase = useEraseClient(client.id);
  const errors = useValidatedForm(erasureSchema, erase.error);
  const onSubmit = errors.onSubmit((values, form) =>
    erase.mutate(values, {
      onError: () => focusFirstInvalid(form),
    }),
  );
  return (
    <form
      noValidate
      onSubmit={onSubmit}
      className="space-y-5"
      aria-labelledby="erase-client-heading"
    >
      <Alert tone="danger" title="This cannot be undone">
        {client.name}'s account, answers, goals, check-ins, reflections, sessions and their notes
        (private notes included), and the mail Keel keeps for them are erased at once, for good.
        What others answered about them in 360-degree feedback goes too. Ask them whether they want
        a copy of their data first: they can download it from their settings until then.
      </Alert>
      <ErasureFields message={errors.message} fieldErrors={errors.fieldErrors} />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" variant="danger" pending={erase.isPending}>
          Erase {client.name} for good
        </Button>
        <Button variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
