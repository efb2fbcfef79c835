import { useLocation } from "react-router";
import type { Me } from "../../../../contract/accounts";
import { Alert } from "../../../components/ui/alert";
import { Button } from "../../../components/ui/button";
import { useAddressState, useResendVerification } from "../api/address-verification";

/** The page the mailed link opens: the notice would only repeat it there. */
const CONFIRMATION_PAGE = "/verify-address";

/** Tells a coach who opened a practice to confirm their address, with a way to get a new link. */
export function UnconfirmedAddressNotice({ me }: { me: Me | null }) {
  const { pathname } = useLocation();
  const shown = me?.role === "coach" && pathname !== CONFIRMATION_PAGE;
  const address = useAddressState(shown);
  const resend = useResendVerification();
  if (!shown || !address.data || address.data.verified || !address.data.required) return null;
  return (
    <Alert tone="warning" title="Confirm your email address" className="mb-6">
      <p>
        Keel sends no invitations or other mail for your practice until you do. Open the link we
        mailed to <strong className="break-all">{address.data.email}</strong>.
      </p>
      <div className="mt-2 flex flex-wrap items-center gap-3">
        <Button
          size="sm"
          variant="secondary"
          pending={resend.isPending}
          onClick={() => resend.mutate()}
        >
          Send a new link
        </Button>
        <span role="status">
          {resend.isSuccess
            ? "A new link is on its way."
            : resend.error
              ? resend.error.message
              : ""}
        </span>
      </div>
    </Alert>
  );
}
