import { Compass, Plus } from "lucide-react";
import { useEffect, useRef, useState } from "react";
import { Link, useParams } from "react-router";
import type { Me } from "../../../../contract/accounts";
import type { DevelopmentProfile } from "../../../../contract/development";
import type { EngagementView } from "../../../../contract/engagements";
import { ErrorState } from "../../../components/error-state";
import { Alert } from "../../../components/ui/alert";
import { Button } from "../../../components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "../../../components/ui/card";
import { LoadingState } from "../../../components/ui/loading-state";
import { PageHeader } from "../../../components/ui/page-header";
import { useEngagement } from "../../../lib/api/get-engagement";
import { isApiError } from "../../../lib/api-client";
import { useDocumentTitle } from "../../../lib/use-document-title";
import { useCurrentUser } from "../../../lib/use-me";
import { useDevelopmentProfile } from "../api/get-development-profile";
import { AddEntryForm } from "../components/add-entry-form";
import { entryElementId } from "../components/entry-card";
import { focusSoon } from "../components/focus-soon";
import { KIND_ORDER, KINDS } from "../components/kinds";
import { ProfileSection } from "../components/profile-section";
import { ProposalsPanel } from "../components/proposals-panel";

/**
 * /engagements/:id/development-profile: the client's strengths, development areas, blind spots
 * and hidden strengths, each traced to its evidence, which the client and coach build together
 * from Keel's suggestions and their own entries. The API refuses everyone else.
 */
export function DevelopmentProfilePage() {
  const { id = "" } = useParams();
  const me = useCurrentUser();
  const engagement = useEngagement(id);
  const profile = useDevelopmentProfile(id);
  const clientName = engagement.data?.client.name;
  const title =
    me.role === "client"
      ? "Your development profile"
      : clientName
        ? `${clientName}'s development profile`
        : "Development profile";
  useDocumentTitle(title);
  const back = { to: `/engagements/${id}`, label: "Engagement" };

  if (engagement.isPending || (profile.isPending && !engagement.error))
    return <LoadingState label="Loading the development profile…" />;
  const error = engagement.error ?? profile.error;
  if (error) {
    const status = isApiError(error) ? error.status : 0;
    if (status === 403 && !engagement.error) {
      return (
        <>
          <PageHeader title="Development profile" back={back} />
          <Alert tone="info">
            Only the client and their coach see the development profile. It rests on the client's
            questionnaires and exercises, which stay between the two of them.
          </Alert>
        </>
      );
    }
    if (status === 400 || status === 403 || status === 404) {
      const home = { to: "/", label: "Home" };
      return (
        <>
          <PageHeader title="Development profile not found" back={home} />
          <Alert tone="warning">
            This engagement doesn't exist, or it isn't one you can see.{" "}
            <Link to="/" className="font-medium underline">
              Back to home
            </Link>
          </Alert>
        </>
      );
    }
    return (
      <>
        <PageHeader title="Development profile" back={back} />
        <ErrorState
          error={error}
          onRetry={() => void (engagement.error ? engagement.refetch() : profile.refetch())}
        />
      </>
    );
  }
  if (!engagement.data || !profile.data) return <LoadingState />;

  return (
    <Profile
      engagement={engagement.data}
      profile={profile.data}
      me={me}
      title={title}
      back={back}
    />
  );
}

function Profile({
  engagement,
  profile,
  me,
  title,
  back,
}: {
  engagement: EngagementView;
  profile: DevelopmentProfile;
  me: Me;
  title: string;
  back: { to: string; label: string };
}) {
  const [adding, setAdding] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  const addButton = useRef<HTMLButtonElement>(null);
  const isClient = me.id === engagement.client.id;
  const firstName = engagement.client.name.split(" ")[0] ?? engagement.client.name;
  const clientName = isClient ? "you" : firstName;

  // Cancelling the form gives focus back to the button that opened it.
  const cancelled = useRef(false);
  useEffect(() => {
    if (!adding && cancelled.current) {
      cancelled.current = false;
      addButton.current?.focus();
    }
  }, [adding]);

  return (
    <>
      <PageHeader
        title={title}
        description={
          isClient ? `${engagement.title} · coached by ${engagement.coach.name}` : engagement.title
        }
        back={back}
        actions={
          adding ? null : (
            <Button ref={addButton} variant="secondary" onClick={() => setAdding(true)}>
              <Plus aria-hidden="true" />
              Add an entry
            </Button>
          )
        }
      />
      <p role="status" className="sr-only">
        {announcement}
      </p>

      <div className="space-y-6">
        <div className="flex gap-3 rounded-xl border border-brand-100 bg-brand-50 p-4 sm:p-5">
          <Compass className="mt-0.5 size-5 shrink-0 text-brand-700" aria-hidden="true" />
          <div className="max-w-3xl space-y-1 text-sm leading-relaxed text-slate-800">
            <h2 className="font-semibold text-brand-900">What this profile is for</h2>
            <p>
              {isClient ? "Your" : `${firstName}'s`} strengths and development areas, each linked to
              the evidence behind it. {isClient ? "You and your coach" : `You and ${firstName}`}{" "}
              build it together: accept the suggestions that ring true, put them in your own words
              and add what you notice. In Planning,{" "}
              {isClient ? "you and your coach agree your" : `you and ${firstName} agree`} goals from
              it.
            </p>
          </div>
        </div>

        {adding ? (
          <Card>
            <CardHeader>
              <CardTitle id="add-entry-heading">Add an entry</CardTitle>
            </CardHeader>
            <CardContent>
              <AddEntryForm
                engagementId={engagement.id}
                onDone={(entry) => {
                  setAdding(false);
                  if (entry) {
                    setAnnouncement(`Added “${entry.title}” to ${KINDS[entry.kind].many}.`);
                    focusSoon(entryElementId(entry.id));
                  } else {
                    cancelled.current = true;
                  }
                }}
              />
            </CardContent>
          </Card>
        ) : null}

        <ProposalsPanel
          engagementId={engagement.id}
          proposals={profile.proposals}
          setAside={profile.setAside}
          anyAccepted={profile.entries.some((entry) => entry.proposalKey !== null)}
          clientName={clientName}
          onAnnounce={setAnnouncement}
        />

        <div className="grid items-start gap-6 lg:grid-cols-2">
          {KIND_ORDER.map((kind) => (
            <ProfileSection
              key={kind}
              kind={kind}
              entries={profile.entries.filter((entry) => entry.kind === kind)}
              engagementId={engagement.id}
              me={me}
              clientName={clientName}
              onAnnounce={setAnnouncement}
            />
          ))}
        </div>
      </div>
    </>
  );
}
