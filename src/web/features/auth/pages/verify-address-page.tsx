import { useSearchParams } from "react-router";
import { Alert, FormAlert } from "../../../components/ui/alert";
import { Button } from "../../../components/ui/button";
import { TextLink } from "../../../components/ui/text-link";
import { isApiError } from "../../../lib/api-client";
import { useDocumentTitle } from "../../../lib/use-document-title";
import { useMe } from "../../../lib/use-me";
import { useConfirmAddress } from "../api/address-verification";
import { AuthCard } from "../components/auth-card";

/** The mailed link opens this page; confirming takes a click, since link scanners follow links. */
export function VerifyAddressPage() {
  useDocumentTitle("Confirm your email address");
  const [params] = useSearchParams();
  const token = params.get("token") ?? "";
  const confirm = useConfirmAddress();
  const invalid = isApiError(confirm.error) && confirm.error.code === "invalid_token";

  if (confirm.isSuccess) {
    return (
      <AuthCard title="Email address confirmed">
        <div role="status">
          <Alert tone="success" title="Thank you">
            Your practice can now send invitations and other mail from Keel.{" "}
            <TextLink to="/">Go to Keel</TextLink>
          </Alert>
        </div>
      </AuthCard>
    );
  }

  return (
    <AuthCard
      title="Confirm your email address"
      description="Confirm that the address this link was mailed to is yours. Then your practice can send invitations and other mail from Keel."
    >
      {!token ? (
        <Alert tone="warning" title="This link is incomplete">
          Open the link from the mail again, or <NewLinkInstructions />
        </Alert>
      ) : invalid ? (
        <div role="alert">
          <Alert tone="danger" title="This link has expired or is not valid">
            To get a new one, <NewLinkInstructions />
          </Alert>
        </div>
      ) : (
        <form
          noValidate
          className="space-y-5"
          onSubmit={(event) => {
            event.preventDefault();
            confirm.mutate(token);
          }}
        >
          <FormAlert message={confirm.error ? confirm.error.message : null} />
          <Button type="submit" className="w-full" pending={confirm.isPending}>
            Confirm my address
          </Button>
        </form>
      )}
    </AuthCard>
  );
}

/** Where a new link comes from: the notice at the top of Keel's pages, once signed in. */
function NewLinkInstructions() {
  const { data: me } = useMe();
  return (
    <>
      {me ? <TextLink to="/">go to Keel</TextLink> : <TextLink to="/sign-in">sign in</TextLink>} and
      press “Send a new link” at the top of the page.
    </>
  );
}
