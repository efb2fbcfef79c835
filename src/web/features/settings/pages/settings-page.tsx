import { type FormEvent, type ReactNode, useState } from "react";
import type { Practice } from "../../../../contract/practice";
import {
  MAXIMUM_ANONYMITY_THRESHOLD,
  MINIMUM_ANONYMITY_THRESHOLD,
} from "../../../../domain/feedback/rater-groups";
import { PracticeNameField } from "../../../components/account-fields";
import { QueryState } from "../../../components/query-state";
import { Alert, FormAlert } from "../../../components/ui/alert";
import { Button } from "../../../components/ui/button";
import {
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
} from "../../../components/ui/card";
import { FormField } from "../../../components/ui/form-field";
import { Input } from "../../../components/ui/input";
import { PageHeader } from "../../../components/ui/page-header";
import { practiceThreshold, usePractice } from "../../../lib/api/get-practice";
import { focusFirstInvalid, formMessageOf } from "../../../lib/form-errors";
import { isAdmin } from "../../../lib/roles";
import { useDocumentTitle } from "../../../lib/use-document-title";
import { useCurrentUser } from "../../../lib/use-me";
import { useValidatedForm } from "../../../lib/use-validated-form";
import {
  feedbackThresholdSchema,
  updatePracticeSchema,
  useUpdatePractice,
} from "../api/update-practice";
import { MailCard } from "../components/mail-card";
import { PublicPagesCard } from "../components/public-pages-card";
import { TwoFactorCard } from "../components/two-factor-card";
import { YourDataCard } from "../components/your-data-card";

/**
 * Everyone's own two-factor sign-in; for the practice admin also the practice's settings: its
 * name, whether its coaches must use two-factor sign-in, and the anonymity of its 360 feedback.
 * `personalCards` are the person's settings of other features, `practiceCards` the practice's
 * settings of other features (shown to its admin), both composed in app/.
 */
export function SettingsPage({
  personalCards,
  practiceCards,
}: {
  personalCards?: ReactNode;
  practiceCards?: ReactNode;
}) {
  useDocumentTitle("Settings");
  const me = useCurrentUser();
  const admin = isAdmin(me);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <PageHeader
        title="Settings"
        description={
          admin
            ? `Your sign-in and mail, and how ${me.practice.name} works in Keel. Only admins can change the practice's settings.`
            : me.role === "sponsor"
              ? "How you sign in to Keel, and which mail it sends you."
              : "How you sign in to Keel, which mail it sends you, and your sessions' calendar."
        }
      />
      {me.twoFactorSetUpRequired ? (
        <Alert tone="warning" title="Turn on two-factor sign-in to continue" role="status">
          {me.practice.name} asks its coaches to sign in with a code from an authenticator app as
          well as their password, to keep clients' information safe. Turn it on below; then the rest
          of Keel opens again.
        </Alert>
      ) : null}
      <TwoFactorCard me={me} />
      <MailCard />
      {personalCards}
      <YourDataCard me={me} />
      {admin ? (
        <>
          <PracticeNameCard />
          <TwoFactorRequirementCard />
          <FeedbackAnonymityCard />
          <PublicPagesCard />
          {practiceCards}
        </>
      ) : null}
    </div>
  );
}

function PracticeNameCard() {
  const me = useCurrentUser();
  const update = useUpdatePractice();
  const errors = useValidatedForm(updatePracticeSchema, update.error);

  const onSubmit = errors.onSubmit((values, form) =>
    update.mutate(values, { onError: () => focusFirstInvalid(form) }),
  );

  return (
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
  );
}

/** Whether the practice's coaches must sign in with a second factor. */
function TwoFactorRequirementCard() {
  const practice = usePractice();
  return (
    <Card>
      <CardHeader>
        <div>
          <CardTitle id="requirement-heading">Two-factor sign-in for coaches</CardTitle>
          <CardDescription>
            Coaches see their clients' confidential results. When this is on, a coach without
            two-factor sign-in can do nothing in Keel until they turn it on. Clients and sponsors
            may still choose for themselves.
          </CardDescription>
        </div>
      </CardHeader>
      <CardContent>
        <QueryState query={practice} loading="Loading the settings…">
          {(data) => <RequirementForm required={data.requireTwoFactorForCoaches ?? false} />}
        </QueryState>
      </CardContent>
    </Card>
  );
}

function RequirementForm({ required }: { required: boolean }) {
  const update = useUpdatePractice();
  const [checked, setChecked] = useState(required);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    update.mutate({ requireTwoFactorForCoaches: checked });
  };
  const saved = update.data?.requireTwoFactorForCoaches;
  return (
    <form onSubmit={onSubmit} aria-labelledby="requirement-heading" className="space-y-5">
      <div role="status">
        {saved !== undefined && !update.error ? (
          <Alert tone="success" title="Saved">
            {saved
              ? "Coaches must now sign in with two-factor sign-in."
              : "Coaches may now choose whether to use two-factor sign-in."}
          </Alert>
        ) : null}
      </div>
      <FormAlert message={formMessageOf(update.error)} />
      <div className="flex items-start gap-3">
        <input
          id="require-two-factor"
          type="checkbox"
          checked={checked}
          onChange={(event) => setChecked(event.target.checked)}
          className="mt-0.5 size-4 rounded border-slate-300 accent-brand-700"
        />
        <label htmlFor="require-two-factor" className="text-sm font-medium text-slate-900">
          Require two-factor sign-in for coaches
        </label>
      </div>
      <Button type="submit" pending={update.isPending}>
        Save
      </Button>
    </form>
  );
}

/**
 * k, the fewest answers a group of 360 raters (and each behaviour) needs to appear in a report.
 * Coaches may raise it for one campaign, never lower it below the practice's.
 */
function FeedbackAnonymityCard() {
  const practice = usePractice();
  return (
    <Card>
      <CardHeader>
        <div>
          <CardTitle id="anonymity-heading">360 feedback anonymity</CardTitle>
          <CardDescription>
            A rater group's answers, and each behaviour's, appear in a 360 report only when at least
            this many raters gave them. Smaller groups are merged with others, or left out, so
            nobody's answers can be picked out. Coaches may raise it for a campaign, never lower it.
          </CardDescription>
        </div>
      </CardHeader>
      <CardContent>
        <QueryState query={practice} loading="Loading the settings…">
          {(data) => <ThresholdForm practice={data} />}
        </QueryState>
      </CardContent>
    </Card>
  );
}

function ThresholdForm({ practice }: { practice: Practice }) {
  const update = useUpdatePractice();
  const errors = useValidatedForm(feedbackThresholdSchema, update.error);
  const onSubmit = errors.onSubmit((values, form) =>
    update.mutate(values, { onError: () => focusFirstInvalid(form) }),
  );
  const saved = update.data ? practiceThreshold(update.data) : null;

  return (
    <form noValidate onSubmit={onSubmit} aria-labelledby="anonymity-heading" className="space-y-5">
      <div role="status">
        {saved !== null && !errors.message ? (
          <Alert tone="success" title="Saved">
            New campaigns show a group only with at least {saved} answers. Campaigns already started
            keep their own.
          </Alert>
        ) : null}
      </div>
      <FormAlert message={errors.message} />
      <FormField
        label="Fewest answers a group needs to be shown (k)"
        name="feedbackThreshold"
        error={errors.fieldErrors.feedbackThreshold}
        hint={`From ${MINIMUM_ANONYMITY_THRESHOLD} (the usual minimum in 360 feedback) to ${MAXIMUM_ANONYMITY_THRESHOLD}. Higher keeps raters safer, but hides small groups.`}
      >
        {(field) => (
          <Input
            {...field}
            type="number"
            inputMode="numeric"
            min={MINIMUM_ANONYMITY_THRESHOLD}
            max={MAXIMUM_ANONYMITY_THRESHOLD}
            defaultValue={practiceThreshold(practice)}
            className="w-24"
          />
        )}
      </FormField>
      <Button type="submit" pending={update.isPending}>
        Save threshold
      </Button>
    </form>
  );
}
