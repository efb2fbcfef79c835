import { UserPlus } from "lucide-react";
import type { FormEvent } from "react";
import { Link, useNavigate, useSearchParams } from "react-router";
import { ErrorState } from "../../../components/error-state";
import { FormAlert } from "../../../components/ui/alert";
import { Button, buttonClasses } from "../../../components/ui/button";
import { Card, CardContent, CardFooter } from "../../../components/ui/card";
import { EmptyState } from "../../../components/ui/empty-state";
import { FormField } from "../../../components/ui/form-field";
import { Input } from "../../../components/ui/input";
import { LoadingState } from "../../../components/ui/loading-state";
import { PageHeader } from "../../../components/ui/page-header";
import { Select } from "../../../components/ui/select";
import type { Client, Person } from "../../../lib/api-types";
import { focusFirstInvalid, formValues, validate } from "../../../lib/form-errors";
import { todayIsoDate } from "../../../lib/format-date";
import { useDocumentTitle } from "../../../lib/use-document-title";
import { useFormErrors } from "../../../lib/use-form-errors";
import { createEngagementSchema, useCreateEngagement } from "../api/create-engagement";
import { useClients } from "../api/list-clients";
import { useSponsors } from "../api/list-sponsors";

export function NewEngagementPage() {
  useDocumentTitle("Open an engagement");
  const clients = useClients();
  const sponsors = useSponsors();

  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader
        title="Open an engagement"
        description="An engagement carries one client through assessment, planning, regular sessions, review and sustaining."
        back={{ to: "/engagements", label: "Engagements" }}
      />
      {clients.isPending || sponsors.isPending ? (
        <LoadingState label="Loading your clients…" />
      ) : clients.error ? (
        <ErrorState error={clients.error} onRetry={() => void clients.refetch()} />
      ) : clients.data.length === 0 ? (
        <EmptyState
          icon={UserPlus}
          title="No clients yet: invite your first client"
          description="An engagement needs a client. Invite one; once they accept, you can open an engagement with them."
          action={
            <Link to="/clients/invite" className={buttonClasses("primary")}>
              Invite client
            </Link>
          }
        />
      ) : (
        <NewEngagementForm clients={clients.data} sponsors={sponsors.data ?? []} />
      )}
    </div>
  );
}

function NewEngagementForm({ clients, sponsors }: { clients: Client[]; sponsors: Person[] }) {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const create = useCreateEngagement();
  const errors = useFormErrors(create.error);
  const preselected = clients.some((c) => c.id === params.get("clientId"))
    ? params.get("clientId")
    : "";

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const result = validate(createEngagementSchema, formValues(form));
    if (!result.ok) {
      errors.setClientErrors(result.errors);
      focusFirstInvalid(form);
      return;
    }
    errors.clearClientErrors();
    create.mutate(result.data, {
      onSuccess: (engagement) => navigate(`/engagements/${engagement.id}`),
      onError: () => focusFirstInvalid(form),
    });
  }

  return (
    <Card>
      <form noValidate onSubmit={onSubmit}>
        <CardContent className="space-y-5 pt-5 sm:pt-6">
          <FormAlert message={errors.message} />
          <FormField label="Client" name="clientId" error={errors.fieldErrors.clientId} required>
            {(field) => (
              <Select {...field} defaultValue={preselected ?? ""}>
                <option value="" disabled>
                  Choose a client
                </option>
                {clients.map((client) => (
                  <option key={client.id} value={client.id}>
                    {client.name} ({client.email})
                  </option>
                ))}
              </Select>
            )}
          </FormField>
          <FormField
            label="Title"
            name="title"
            error={errors.fieldErrors.title}
            hint="What the coaching is about, in a few words."
            required
          >
            {(field) => (
              <Input {...field} placeholder="e.g. Leading the new product organisation" />
            )}
          </FormField>
          <div className="grid gap-5 sm:grid-cols-2">
            <FormField
              label="Start date"
              name="startDate"
              error={errors.fieldErrors.startDate}
              required
            >
              {(field) => <Input {...field} type="date" defaultValue={todayIsoDate()} />}
            </FormField>
            <FormField
              label="Number of sessions"
              name="sessionsPlanned"
              error={errors.fieldErrors.sessionsPlanned}
              hint="From 1 to 200."
              required
            >
              {(field) => (
                <Input {...field} type="number" min={1} max={200} step={1} defaultValue={6} />
              )}
            </FormField>
          </div>
          <FormField
            label="Sponsor"
            name="sponsorId"
            error={errors.fieldErrors.sponsorId}
            hint={
              sponsors.length === 0 ? (
                <>
                  No sponsors in your practice yet.{" "}
                  <Link to="/sponsors/invite" className="font-medium text-teal-700 hover:underline">
                    Invite a sponsor
                  </Link>
                  .
                </>
              ) : (
                "A sponsor sees dates, stage and sessions used. Nothing confidential."
              )
            }
            optional
          >
            {(field) => (
              <Select {...field} defaultValue="">
                <option value="">No sponsor</option>
                {sponsors.map((sponsor) => (
                  <option key={sponsor.id} value={sponsor.id}>
                    {sponsor.name} ({sponsor.email})
                  </option>
                ))}
              </Select>
            )}
          </FormField>
        </CardContent>
        <CardFooter className="justify-end">
          <Link to="/engagements" className={buttonClasses("ghost")}>
            Cancel
          </Link>
          <Button type="submit" pending={create.isPending}>
            Open engagement
          </Button>
        </CardFooter>
      </form>
    </Card>
  );
}
