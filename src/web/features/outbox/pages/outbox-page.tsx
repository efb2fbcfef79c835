import { Inbox, MailOpen } from "lucide-react";
import { Link, useParams } from "react-router";
import { QueryState } from "../../../components/query-state";
import { Card, CardContent } from "../../../components/ui/card";
import { EmptyState } from "../../../components/ui/empty-state";
import { PageHeader } from "../../../components/ui/page-header";
import { cn } from "../../../lib/cn";
import { useDocumentTitle } from "../../../lib/use-document-title";
import { useOutbox } from "../api/list-mail";
import { MailList } from "../components/mail-list";
import { MailView } from "../components/mail-view";

/**
 * /outbox and /outbox/:id: the mails Keel wrote, with the chosen one beside the list on wide
 * screens, and on its own (with a way back) on phones.
 */
export function OutboxPage() {
  const { id } = useParams();
  useDocumentTitle("Outbox");
  const outbox = useOutbox();

  return (
    <>
      <PageHeader
        title="Outbox"
        description="Every mail Keel has written for your practice, such as invitations, newest first."
      />
      <QueryState query={outbox} loading="Loading mail…">
        {(data) =>
          data.length === 0 ? (
            <EmptyState
              icon={Inbox}
              title="No mail yet"
              description="Invitations and password resets will appear here as soon as Keel writes them."
            />
          ) : (
            <div className="grid gap-6 lg:grid-cols-5">
              <Card
                className={cn("self-start overflow-hidden lg:col-span-2", id && "hidden lg:block")}
              >
                <MailList mails={data} />
              </Card>
              <Card className={cn("lg:col-span-3", !id && "hidden lg:block")}>
                <CardContent className="pt-5 sm:pt-6">
                  {id ? (
                    <>
                      <Link
                        to="/outbox"
                        className="mb-4 inline-block text-sm font-medium text-brand-700 hover:underline lg:hidden"
                      >
                        Back to all mail
                      </Link>
                      <MailView id={id} />
                    </>
                  ) : (
                    <EmptyState
                      icon={MailOpen}
                      title="Choose a mail"
                      description="Pick a mail on the left to read it."
                    />
                  )}
                </CardContent>
              </Card>
            </div>
          )
        }
      </QueryState>
    </>
  );
}
