import { PracticeNameField } from "../../../components/account-fields";
import { Alert, FormAlert } from "../../../components/ui/alert";
import { Button } from "../../../components/ui/button";
import {
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
} from "../../../components/ui/card";
import { PageHeader } from "../../../components/ui/page-header";
import { focusFirstInvalid } from "../../../lib/form-errors";
import { useDocumentTitle } from "../../../lib/use-document-title";
import { useCurrentUser } from "../../../lib/use-me";
import { useValidatedForm } from "../../../lib/use-validated-form";
import { updatePracticeSchema, useUpdatePractice } from "../api/update-practice";

/** The admin's settings of the practice: for now, its name. */
export function SettingsPage() {
  useDocumentTitle("Settings");
  const me = useCurrentUser();
  const update = useUpdatePractice();
  const errors = useValidatedForm(updatePracticeSchema, update.error);

  const onSubmit = errors.onSubmit((values, form) =>
    update.mutate(values, { onError: () => focusFirstInvalid(form) }),
  );

  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader
        title="Settings"
        description={`How ${me.practice.name} appears in Keel. Only admins can change these settings.`}
      />
      <Card>
        <CardHeader>
          <div>
            <CardTitle id="practice-heading">Practice</CardTitle>
            <CardDescription>
              Coaches, clients and sponsors see this name in Keel and in the invitations you send.
            </CardDescription>
          </div>
        </CardHeader>
        <CardContent>
          <form
            noValidate
            onSubmit={onSubmit}
            aria-labelledby="practice-heading"
            className="space-y-5"
          >
            <div role="status">
              {update.isSuccess && !errors.message ? (
                <Alert tone="success" title="Saved">
                  Your practice is now called {update.data.name}.
                </Alert>
              ) : null}
            </div>
            <FormAlert message={errors.message} />
            <PracticeNameField
              name="name"
              error={errors.fieldErrors.name}
              defaultValue={me.practice.name}
            />
            <Button type="submit" pending={update.isPending}>
              Save changes
            </Button>
          </form>
        </CardContent>
      </Card>
    </div>
  );
}
