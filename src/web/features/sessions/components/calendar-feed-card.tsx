import { Copy } from "lucide-react";
import { useState } from "react";
import type { CalendarFeed } from "../../../../contract/sessions";
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
import { ConfirmDialog } from "../../../components/ui/confirm-dialog";
import { Input } from "../../../components/ui/input";
import { Label } from "../../../components/ui/label";
import { formMessageOf } from "../../../lib/form-errors";
import { formatDate } from "../../../lib/format-date";
import { useCalendarFeed, useMakeCalendarFeed, useRevokeCalendarFeed } from "../api/calendar-feed";

/** A private address a calendar app subscribes to, to show the person's sessions. */
export function CalendarFeedCard() {
  const feed = useCalendarFeed();
  return (
    <Card>
      <CardHeader>
        <div>
          <CardTitle id="calendar-feed-heading">Calendar feed</CardTitle>
          <CardDescription>
            A private address that shows your sessions in Google Calendar, Outlook or Apple
            Calendar: subscribe to it there ("From URL" or "Subscribe to calendar"). Subscribed
            calendars refresh slowly (Google's only every 8 to 24 hours), so each booking, move and
            cancellation also reaches you as a mailed invitation.
          </CardDescription>
        </div>
      </CardHeader>
      <CardContent>
        <QueryState query={feed} loading="Loading your calendar feed…">
          {(data) => <FeedControls feed={data} />}
        </QueryState>
      </CardContent>
    </Card>
  );
}

function FeedControls({ feed }: { feed: CalendarFeed }) {
  const make = useMakeCalendarFeed();
  const revoke = useRevokeCalendarFeed();
  const [confirming, setConfirming] = useState(false);
  const shownUrl = make.data?.url ?? null;
  return (
    <div className="space-y-4">
      <FormAlert message={formMessageOf(make.error ?? revoke.error)} />
      <div role="status">
        {shownUrl ? <NewFeedUrl url={shownUrl} /> : null}
        {revoke.isSuccess && !feed.active ? (
          <Alert tone="success" title="Feed revoked">
            Its address no longer works. Remove the subscription from your calendar app too.
          </Alert>
        ) : null}
      </div>
      {feed.active && !shownUrl ? (
        <p className="text-sm text-slate-700">
          You have a feed{feed.createdAt ? `, made on ${formatDate(feed.createdAt)}` : ""}. Its
          address was shown once, when it was made; if you no longer have it, make a new one.
        </p>
      ) : null}
      {!feed.active ? <p className="text-sm text-slate-700">You have no calendar feed.</p> : null}
      <div className="flex flex-wrap gap-3">
        <Button
          variant={feed.active ? "secondary" : "primary"}
          pending={make.isPending}
          onClick={() => {
            revoke.reset();
            make.mutate();
          }}
        >
          {feed.active ? "Replace with a new address" : "Make a feed address"}
        </Button>
        {feed.active ? (
          <Button variant="danger-outline" onClick={() => setConfirming(true)}>
            Revoke feed
          </Button>
        ) : null}
      </div>
      {feed.active ? (
        <p className="text-sm text-slate-600">
          Replacing or revoking stops the old address working at once.
        </p>
      ) : null}
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title="Revoke your calendar feed?"
        description="Its address stops working at once, and your calendar app will show no more sessions from it. You can make a new one later."
        confirmLabel="Revoke feed"
        pending={revoke.isPending}
        onConfirm={() =>
          revoke.mutate(undefined, {
            onSuccess: () => {
              make.reset();
              setConfirming(false);
            },
          })
        }
      />
    </div>
  );
}

/** The address, shown this once, with a button that copies it. */
function NewFeedUrl({ url }: { url: string }) {
  const [copied, setCopied] = useState<boolean | null>(null);
  const copy = () =>
    navigator.clipboard
      .writeText(url)
      .then(() => setCopied(true))
      .catch(() => setCopied(false));
  return (
    <Alert tone="success" title="Your new feed address">
      <p>Copy it now: Keel shows it only this once. Anyone with it can read your session times.</p>
      <div className="mt-3 space-y-1.5">
        <Label htmlFor="calendar-feed-url">Feed address</Label>
        <div className="flex flex-col gap-2 sm:flex-row">
          <Input
            id="calendar-feed-url"
            readOnly
            value={url}
            onFocus={(event) => event.currentTarget.select()}
            className="font-mono text-xs sm:text-xs"
          />
          <Button variant="secondary" onClick={copy}>
            <Copy aria-hidden="true" />
            Copy address
          </Button>
        </div>
        <p aria-live="polite" className="text-sm font-medium">
          {copied === true ? "Copied." : copied === false ? "Select the address and copy it." : ""}
        </p>
      </div>
    </Alert>
  );
}
