import { UserPlus } from "lucide-react";
import { Link, useNavigate, useSearchParams } from "react-router";
import type { Client, Person } from "../../../../contract/practice";
import { ErrorState } from "../../../components/error-state";
import { FormAlert } from "../../../components/ui/alert";
import { Button, buttonClasses } from "../../../components/ui/button";
import { Card, CardContent, CardFooter } from "../../../components/ui/card";
import { EmptyState } from "../../../components/ui/empty-state";
import { FormField } from "../../../components/ui/form-field";
import { LoadingState } from "../../../components/ui/loading-state";
import { PageHeader } from "../../../components/ui/page-header";
import { Select } from "../../../components/ui/select";
import { useAllClients } from "../../../lib/api/list-clients";
import { focusFirstInvalid } from "../../../lib/form-errors";
import { todayIsoDate } from "../../../lib/format-date";
import { useDocumentTitle } from "../../../lib/use-document-title";
import { useValidatedForm } from "../../../lib/use-validated-form";
import { createEngagementSchema, useCreateEngagement } from "../api/create-engagement";
import { useSponsors } from "../api/list-sponsors";
import { EngagementFields } from "../components/engagement-fields";

export function NewEngagementPage() {
  useDocumentTitle("Open an engagement");
  // Every page: the Client select offers each client the coach may choose.
  const clients = useAllClients();
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
  const errors = useValidatedForm(createEngagementSchema, create.error);
  const preselected = clients.some((c) => c.id === params.get("clientId"))
    ? params.get("clientId")
    : "";

  const onSubmit = errors.onSubmit((values, form) =>
    create.mutate(values, {
      onSuccess: (engagement) => navigate(`/engagements/${engagement.id}`),
      onError: () => focusFirstInvalid(form),
    }),
  );

  return (
    <Card>
      <form noValidate onSubmit={onSubmit}>
        <CardContent className="@container space-y-5 pt-5 sm:pt-6">
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
          <EngagementFields
            errors={errors.fieldErrors}
            sponsors={sponsors}
            defaults={{ startDate: todayIsoDate(), sessionsPlanned: 6 }}
          />
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
