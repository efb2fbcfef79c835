import { Send, Undo2 } from "lucide-react";
import { useState } from "react";
import { Alert } from "../../../components/ui/alert";
import { Badge } from "../../../components/ui/badge";
import { Button } from "../../../components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "../../../components/ui/card";
import { ConfirmDialog } from "../../../components/ui/confirm-dialog";
import { fieldErrorsOf, formMessageOf } from "../../../lib/form-errors";
import { type ArticleMoveInput, useMoveArticle } from "../api/move-article";
import { ARTICLE_STATUS } from "./article-words";
import { DeleteDraft, StandingText } from "./publishing-standing";
import { ScheduleField } from "./schedule-field";
import type { ArticleEditorState } from "./use-article-editor";

type Props = { editor: ArticleEditorState; onDeleted: (title: string) => void };

/**
 * Where the article stands and what can happen to it: publish now, schedule, unschedule,
 * unpublish, or delete a draft. Changes not yet saved are saved first; nothing typed is lost when
 * the server refuses.
 */
export function PublishingCard({ editor, onDeleted }: Props) {
  const { saved, dirty } = editor;
  const move = useMoveArticle();
  const [confirming, setConfirming] = useState<"publish" | "unschedule" | "unpublish" | null>(null);
  const [scheduleError, setScheduleError] = useState<string | undefined>();
  const status = saved?.status ?? "draft";

  /** Saves, then moves; resolves with the server's refusal of the move, or null. */
  async function run(input: (id: string) => ArticleMoveInput): Promise<unknown> {
    move.reset();
    const article = await editor.persist();
    if (!article) return null;
    try {
      editor.adopt(await move.mutateAsync(input(article.id)));
      return null;
    } catch (error) {
      return error;
    }
  }

  async function confirm() {
    if (!confirming) return;
    const which = confirming;
    await run((id) => ({ id, move: which }));
    setConfirming(null);
  }

  const moveError = move.error && move.variables?.move !== "schedule" ? move.error : null;

  return (
    <Card>
      <section aria-labelledby="publishing-heading">
        <CardHeader>
          <CardTitle id="publishing-heading">Publishing</CardTitle>
          <Badge tone={ARTICLE_STATUS[status].tone}>{ARTICLE_STATUS[status].label}</Badge>
        </CardHeader>
        <CardContent className="space-y-5">
          <div role="status">
            <StandingText article={saved} />
          </div>
          {dirty ? <p className="text-sm text-slate-600">Your changes are saved first.</p> : null}
          {moveError ? (
            <div role="alert">
              <Alert tone="danger">{formMessageOf(moveError)}</Alert>
            </div>
          ) : null}
          <div className="flex flex-wrap gap-2">
            {status !== "published" ? (
              <Button aria-haspopup="dialog" onClick={() => setConfirming("publish")}>
                <Send aria-hidden="true" />
                Publish now
              </Button>
            ) : null}
            {status === "scheduled" ? (
              <Button
                variant="secondary"
                aria-haspopup="dialog"
                onClick={() => setConfirming("unschedule")}
              >
                <Undo2 aria-hidden="true" />
                Unschedule
              </Button>
            ) : null}
            {status === "published" ? (
              <Button
                variant="danger-outline"
                aria-haspopup="dialog"
                onClick={() => setConfirming("unpublish")}
              >
                <Undo2 aria-hidden="true" />
                Unpublish
              </Button>
            ) : null}
            {saved && status === "draft" ? (
              <DeleteDraft article={saved} onDeleted={onDeleted} />
            ) : null}
          </div>
          {status !== "published" ? (
            <div className="border-t border-slate-100 pt-4">
              <ScheduleField
                initial={saved?.publishAt ?? null}
                rescheduling={status === "scheduled"}
                error={scheduleError}
                pending={move.isPending && move.variables?.move === "schedule"}
                onSchedule={async (publishAt) => {
                  setScheduleError(undefined);
                  const refusal = await run((id) => ({ id, move: "schedule", publishAt }));
                  if (refusal)
                    setScheduleError(
                      fieldErrorsOf(refusal).publishAt ?? formMessageOf(refusal) ?? undefined,
                    );
                }}
                onInvalid={setScheduleError}
              />
            </div>
          ) : null}
        </CardContent>
      </section>
      <ConfirmDialog
        open={confirming !== null}
        onOpenChange={(open) => {
          if (!open) setConfirming(null);
        }}
        title={confirming ? QUESTIONS[confirming].title : ""}
        description={
          <p>
            {confirming === "publish" && saved?.notifiedAt
              ? PUBLISH_AGAIN
              : confirming
                ? QUESTIONS[confirming].description
                : ""}
          </p>
        }
        confirmLabel={confirming ? QUESTIONS[confirming].confirm : ""}
        confirmVariant={confirming === "publish" ? "primary" : "danger"}
        pending={move.isPending || editor.saving}
        onConfirm={() => void confirm()}
      />
    </Card>
  );
}

const PUBLISH_AGAIN =
  "It goes back on the practice's public pages and into its feeds. Subscribers were mailed about it when it first went live and are not mailed again.";

const QUESTIONS = {
  publish: {
    title: "Publish this article now?",
    description:
      "It goes on the practice's public pages and into its feeds, and subscribers who asked to hear of new articles are mailed about it.",
    confirm: "Publish now",
  },
  unschedule: {
    title: "Unschedule this article?",
    description:
      "It goes back to the drafts and will not go live until you publish or schedule it again.",
    confirm: "Unschedule",
  },
  unpublish: {
    title: "Unpublish this article?",
    description:
      "It goes back to the drafts: its page, its place in the list and in the feeds are gone until you publish it again, and links people have shared lead nowhere meanwhile.",
    confirm: "Unpublish",
  },
} as const;
