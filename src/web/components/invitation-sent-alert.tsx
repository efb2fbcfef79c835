import type { Invitation } from "../../contract/invitations";
import { usePractice } from "../lib/api/get-practice";
import { formatDate } from "../lib/format-date";
import { useCurrentUser } from "../lib/use-me";
import { Alert } from "./ui/alert";
import { TextLink } from "./ui/text-link";

/**
 * Says what became of an invitation's mail: sent, or held in the practice's outbox when Keel has
 * no mail server, with where its link can be copied from (the outbox is the admin's).
 */
export function InvitationSentAlert({ invitation }: { invitation: Invitation }) {
  const delivery = usePractice().data?.mailDelivery;
  const { isAdmin } = useCurrentUser();
  const who = invitation.name ? `${invitation.name} (${invitation.email})` : invitation.email;
  const until = `The link works until ${formatDate(invitation.expiresAt)}.`;

  if (delivery === "smtp") {
    return (
      <Alert tone="success" role="status" title="Invitation sent">
        We emailed {who} a link to join. {until}
      </Alert>
    );
  }
  if (delivery === undefined) {
    return (
      <Alert tone="success" role="status" title="Invitation created">
        {until}
      </Alert>
    );
  }
  return (
    <Alert tone="info" role="status" title="Invitation held in the outbox">
      <p>
        Keel has no mail server set up, so the invitation to {who} was not emailed: it waits in the
        practice's outbox.{" "}
        {isAdmin ? (
          <>
            Open it in the <TextLink to="/outbox">Outbox</TextLink>, copy its link and send it to
            them yourself.
          </>
        ) : (
          "Your practice admin can copy its link from there and pass it on."
        )}{" "}
        {until}
      </p>
    </Alert>
  );
}
