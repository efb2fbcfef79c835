import { BookOpenText, MessageSquareText, Trash2 } from "lucide-react";
import { useRef, useState } from "react";
import { Link, useNavigate } from "react-router";
import type { CampaignStatus, CampaignView } from "../../../../contract/feedback";
import { CAMPAIGN_STATUS_LABELS, listIsOpen } from "../../../../domain/feedback/campaign-status";
import { DeleteButton } from "../../../components/delete-button";
import { Button, buttonClasses } from "../../../components/ui/button";
import {
  Card,
  CardContent,
  CardDescription,
  CardFooter,
  CardHeader,
  CardTitle,
} from "../../../components/ui/card";
import { ConfirmDialog } from "../../../components/ui/confirm-dialog";
import { useMailHeld } from "../../../lib/api/get-practice";
import { isApiError } from "../../../lib/api-client";
import { formMessageOf } from "../../../lib/form-errors";
import { useDeleteCampaign } from "../api/delete-campaign";
import { useMoveCampaign } from "../api/move-campaign";
import { reportPath } from "./campaign-actions";
import { CampaignStepper } from "./campaign-stepper";
import {
  campaignSteps,
  isStepBack,
  moveConfirmation,
  moveLabel,
  type Names,
  nextStepText,
  type Viewer,
} from "./campaign-steps";
import { ProblemAlert } from "./problem-alert";

type CampaignProgressProps = { view: CampaignView; viewer: Viewer; names: Names };

const NEXT_STEP_ID = "campaign-next-step";

/** Where the campaign stands, what comes next, and the moves the viewer may make now. */
export function CampaignProgress({ view, viewer, names }: CampaignProgressProps) {
  const [announcement, setAnnouncement] = useState("");
  const mailHeld = useMailHeld();
  return (
    <Card className="lg:col-span-2">
      <section aria-labelledby="campaign-progress-heading">
        <CardHeader>
          <div>
            <CardTitle id="campaign-progress-heading">Progress</CardTitle>
            <CardDescription>
              The six steps of a 360 campaign, and who acts at each.
            </CardDescription>
          </div>
        </CardHeader>
        <CardContent className="space-y-6">
          <CampaignStepper steps={campaignSteps(view.status, viewer, names)} />
          <div
            id={NEXT_STEP_ID}
            tabIndex={-1}
            className="rounded-lg border border-brand-100 bg-brand-50 p-4 outline-none focus-visible:ring-2 focus-visible:ring-brand-700"
          >
            <h3 className="text-sm font-semibold text-brand-900">What comes next</h3>
            <p className="mt-1 text-sm text-slate-800">
              {nextStepText(
                {
                  status: view.status,
                  selfRated: view.selfRated,
                  problemCount: view.nominationProblems.length,
                  mailHeld,
                },
                viewer,
                names,
              )}
            </p>
          </div>
          <p role="status" className="sr-only">
            {announcement}
          </p>
          <CampaignMoves view={view} viewer={viewer} names={names} onMoved={setAnnouncement} />
        </CardContent>
        {viewer === "coach" && listIsOpen(view.status) ? (
          <CardFooter className="justify-end">
            <DeleteCampaign view={view} names={names} />
          </CardFooter>
        ) : null}
      </section>
    </Card>
  );
}

/** After a move, focus goes to what comes next, which now says the new step. */
function focusNextStep() {
  requestAnimationFrame(() => document.getElementById(NEXT_STEP_ID)?.focus());
}

function CampaignMoves({
  view,
  viewer,
  names,
  onMoved,
}: CampaignProgressProps & { onMoved: (announcement: string) => void }) {
  const move = useMoveCampaign();
  const [confirming, setConfirming] = useState<CampaignStatus | null>(null);
  const opener = useRef<HTMLButtonElement | null>(null);
  const mailHeld = useMailHeld();
  const asks = (to: CampaignStatus) => moveConfirmation(to, names, view.raters.length, mailHeld);
  const confirmation = confirming ? asks(confirming) : null;

  const run = (to: CampaignStatus) =>
    move.mutate(
      { campaignId: view.id, to },
      {
        onSuccess: (moved) => {
          onMoved(
            `Done. The campaign is now at the step: ${CAMPAIGN_STATUS_LABELS[moved.status]}.`,
          );
          focusNextStep();
        },
        onSettled: () => setConfirming(null),
      },
    );

  const links = reportLinks(view, viewer);
  if (view.moves.length === 0 && links.length === 0) return null;

  return (
    <div className="space-y-3">
      <MoveRefusal error={move.error} />
      <div className="flex flex-wrap gap-2">
        {view.moves.map((to) => (
          <Button
            key={to}
            variant={isStepBack(view.status, to) ? "secondary" : "primary"}
            pending={move.isPending && move.variables?.to === to && !confirming}
            disabled={move.isPending}
            aria-haspopup={asks(to) ? "dialog" : undefined}
            onClick={(event) => {
              opener.current = event.currentTarget;
              if (asks(to)) setConfirming(to);
              else run(to);
            }}
          >
            {moveLabel(view.status, to, viewer, names, mailHeld)}
          </Button>
        ))}
        {links.map((link) => (
          <Link key={link.to} to={link.to} className={buttonClasses("secondary")}>
            <link.icon aria-hidden="true" />
            {link.label}
          </Link>
        ))}
      </div>
      <ConfirmDialog
        open={confirming !== null}
        onOpenChange={(open) => {
          if (!open) setConfirming(null);
        }}
        title={confirmation?.title ?? ""}
        description={confirmation?.paragraphs.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
        confirmLabel={confirmation?.confirmLabel ?? ""}
        confirmVariant="primary"
        pending={move.isPending}
        onConfirm={() => {
          if (confirming) run(confirming);
        }}
        focusAfterClose={() =>
          move.isSuccess
            ? document.getElementById(NEXT_STEP_ID)
            : opener.current?.isConnected
              ? opener.current
              : document.getElementById(NEXT_STEP_ID)
        }
      />
    </div>
  );
}

/** Why a move was refused: the list's problems (400), or the server's words (409 and others). */
function MoveRefusal({ error }: { error: unknown }) {
  if (isApiError(error, 400) && error.fields.length > 0) {
    return (
      <ProblemAlert
        message="The rater list doesn't meet the limits yet:"
        details={error.fields.map((field) => field.message)}
      />
    );
  }
  return <ProblemAlert message={formMessageOf(error)} />;
}

function reportLinks(view: CampaignView, viewer: Viewer) {
  const links = [];
  if (viewer === "coach" && view.status === "closed")
    links.push({
      to: reportPath(view.id, "comments"),
      label: "Review comments",
      icon: MessageSquareText,
    });
  if (view.mayReadReport)
    links.push({
      to: reportPath(view.id),
      label:
        viewer === "coach" && view.status === "closed" ? "Preview the report" : "Read the report",
      icon: BookOpenText,
    });
  return links;
}

function DeleteCampaign({ view, names }: { view: CampaignView; names: Names }) {
  const remove = useDeleteCampaign();
  const navigate = useNavigate();
  return (
    <>
      <ProblemAlert message={formMessageOf(remove.error)} />
      <DeleteButton
        size="sm"
        question="Delete this campaign?"
        description={
          <p>
            Its settings and its list of {view.raters.length}{" "}
            {view.raters.length === 1 ? "rater" : "raters"} are deleted. No invitations have gone
            out, so no rater is told. {names.client} no longer sees it.
          </p>
        }
        confirmLabel="Delete campaign"
        pending={remove.isPending}
        onConfirm={(close) =>
          remove.mutate(
            { campaignId: view.id, engagementId: view.engagementId },
            {
              onSuccess: () => navigate(`/engagements/${view.engagementId}#feedback`),
              onSettled: close,
            },
          )
        }
      >
        <Trash2 aria-hidden="true" />
        Delete campaign
      </DeleteButton>
    </>
  );
}
