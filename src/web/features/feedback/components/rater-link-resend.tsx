import { Send } from "lucide-react";
import { useState } from "react";
import type { RaterLinkResent, RaterView } from "../../../../contract/feedback";
import { Alert } from "../../../components/ui/alert";
import { Button } from "../../../components/ui/button";
import { isApiError } from "../../../lib/api-client";
import { formMessageOf } from "../../../lib/form-errors";
import { useResendRaterLink } from "../api/resend-rater-link";

/**
 * "Send the link again" for a rater who lost their invitation: Keel mails them their own link;
 * the page never sees it. What happened is said in the rater's row, honestly when this Keel has
 * no mail server (rater mail is in nobody's outbox, so there is nowhere else to find it).
 */
export function useLinkResend(rater: RaterView, announce: (text: string) => void) {
  const resend = useResendRaterLink();
  const [result, setResult] = useState<RaterLinkResent | null>(null);
  const send = () => {
    setResult(null);
    resend.mutateAsync(rater.id).then(
      (answer) => {
        setResult(answer);
        announce(resendNoticeText(rater.name, answer));
      },
      () => undefined,
    );
  };
  return { send, pending: resend.isPending, errorMessage: errorMessageOf(resend.error), result };
}

/** A refused resend says truly when it can go again (the generic 429 sentence would not). */
function errorMessageOf(error: unknown): string | null {
  if (isApiError(error, 429)) return error.message;
  return formMessageOf(error);
}

export function resendNoticeText(name: string, { mailDelivery }: RaterLinkResent): string {
  return mailDelivery === "held"
    ? `Not sent: this Keel has no mail server set up, so the mail to ${name} is held and does not reach them. Their link is never shown on Keel's pages; once mail is set up, send it again.`
    : `We mailed ${name} their link again. It is the same private link as before.`;
}

export function ResendNotice({ name, result }: { name: string; result: RaterLinkResent | null }) {
  if (!result) return null;
  return (
    <Alert tone={result.mailDelivery === "held" ? "warning" : "success"} className="mt-2 p-3">
      {resendNoticeText(name, result)}
    </Alert>
  );
}

export function ResendButton({
  name,
  pending,
  onClick,
}: {
  name: string;
  pending: boolean;
  onClick: () => void;
}) {
  return (
    <Button variant="secondary" size="sm" pending={pending} onClick={onClick}>
      <Send aria-hidden="true" />
      Send the link again<span className="sr-only">: {name}</span>
    </Button>
  );
}
