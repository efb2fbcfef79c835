import { useNavigate, useParams } from "react-router";
import type { InvitationPreview, InvitationStatus } from "../../../../contract/invitations";
import { NameField, NewPasswordField } from "../../../components/account-fields";
import { roleLabel } from "../../../components/role-badge";
import { Alert, FormAlert } from "../../../components/ui/alert";
import { Button } from "../../../components/ui/button";
import { LoadingState } from "../../../components/ui/loading-state";
import { TextLink } from "../../../components/ui/text-link";
import { isApiError } from "../../../lib/api-client";
import { focusFirstInvalid } from "../../../lib/form-errors";
import { useDocumentTitle } from "../../../lib/use-document-title";
import { useValidatedForm } from "../../../lib/use-validated-form";
import { acceptInvitationSchema, useAcceptInvitation } from "../api/accept-invitation";
import { useInvitationByToken } from "../api/get-invitation-by-token";
import { InvitationCard } from "../components/invitation-card";

export function AcceptInvitationPage() {
  const { token = "" } = useParams();
  const invitation = useInvitationByToken(token);
  useDocumentTitle(invitation.data ? `Join ${invitation.data.practiceName}` : "Invitation");

  if (invitation.isPending)
    return <LoadingState label="Opening your invitation…" className="py-24" />;

  if (invitation.error) {
    // A malformed token is answered with 400; to the reader it is the same broken link.
    const notFound = isApiError(invitation.error, 404) || isApiError(invitation.error, 400);
    return (
      <InvitationCard
        title={notFound ? "Invitation not found" : "We couldn't open this invitation"}
      >
        <Alert tone={notFound ? "warning" : "danger"}>
          {notFound
            ? "This invitation link isn't valid. Check that you opened the whole link from your email, or ask the person who invited you to send a new one."
            : "Something went wrong while opening your invitation. Please reload the page."}
        </Alert>
      </InvitationCard>
    );
  }

  if (invitation.data.status !== "pending") {
    return (
      <ClosedInvitation
        status={invitation.data.status}
        practiceName={invitation.data.practiceName}
      />
    );
  }

  return <AcceptForm token={token} invitation={invitation.data} />;
}

function AcceptForm({ token, invitation }: { token: string; invitation: InvitationPreview }) {
  const navigate = useNavigate();
  const accept = useAcceptInvitation();
  const accountExists = isApiError(accept.error, 409) && accept.error.code === "account_exists";
  const closed = isApiError(accept.error, 410);
  const errors = useValidatedForm(
    acceptInvitationSchema,
    accountExists || closed ? null : accept.error,
  );

  const onSubmit = errors.onSubmit((values, form) =>
    accept.mutate(
      { token, ...values },
      {
        onSuccess: () => navigate("/", { replace: true }),
        onError: () => focusFirstInvalid(form),
      },
    ),
  );

  const role = roleLabel(invitation.role).toLowerCase();

  return (
    <InvitationCard
      title={`Join ${invitation.practiceName} on Keel`}
      description={
        <>
          <strong className="font-semibold text-slate-900">{invitation.invitedBy}</strong> invited
          you to join{" "}
          <strong className="font-semibold text-slate-900">{invitation.practiceName}</strong> as a{" "}
          {role}. Create your account to accept.
        </>
      }
    >
      <form noValidate onSubmit={onSubmit} className="space-y-5">
        <div role="alert">
          {accountExists ? (
            <Alert tone="warning" title="You already have a Keel account">
              An account with {invitation.email} exists already.{" "}
              <TextLink to="/sign-in">Sign in instead</TextLink>.
            </Alert>
          ) : closed ? (
            <Alert tone="warning" title="This invitation is no longer open">
              It was used, revoked or has expired. Ask {invitation.invitedBy} to send you a new one.
            </Alert>
          ) : null}
        </div>
        <FormAlert message={errors.message} />
        <div className="rounded-lg bg-slate-50 px-4 py-3 text-sm text-slate-700">
          You'll sign in with <span className="font-medium text-slate-900">{invitation.email}</span>
        </div>
        <NameField error={errors.fieldErrors.name} defaultValue={invitation.name ?? ""} />
        <NewPasswordField error={errors.fieldErrors.password} />
        <Button type="submit" className="w-full" pending={accept.isPending}>
          Accept invitation
        </Button>
      </form>
    </InvitationCard>
  );
}

const CLOSED_TEXT: Record<Exclude<InvitationStatus, "pending">, { title: string; body: string }> = {
  accepted: {
    title: "This invitation has already been accepted",
    body: "If it was you, sign in with the email it was sent to.",
  },
  revoked: {
    title: "This invitation was withdrawn",
    body: "The person who invited you cancelled it. Ask them to send a new one if you still need access.",
  },
  expired: {
    title: "This invitation has expired",
    body: "Invitation links work for a limited time. Ask the person who invited you to send a new one.",
  },
};

function ClosedInvitation({
  status,
  practiceName,
}: {
  status: Exclude<InvitationStatus, "pending">;
  practiceName: string;
}) {
  const text = CLOSED_TEXT[status];
  return (
    <InvitationCard title={text.title} description={`Invitation to ${practiceName}`}>
      <Alert tone="info">{text.body}</Alert>
      <p className="mt-5 text-sm text-slate-600">
        <TextLink to="/sign-in">Go to sign in</TextLink>
      </p>
    </InvitationCard>
  );
}
