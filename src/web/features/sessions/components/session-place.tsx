import type { SessionSummary } from "../../../../contract/sessions";
import { MODE_LABELS } from "./session-time";

/** How and where: "Video call · Join the meeting", "Phone · +44 …", "In person · 1 High St". */
export function SessionPlace({ session }: { session: Pick<SessionSummary, "mode" | "place"> }) {
  const { mode, place } = session;
  return (
    <span>
      {MODE_LABELS[mode]}
      {place ? " · " : null}
      {mode === "video" && /^https:\/\//.test(place) ? (
        <a
          href={place}
          target="_blank"
          rel="noreferrer noopener"
          className="font-medium break-all text-brand-700 underline underline-offset-4"
        >
          {place}
          <span className="sr-only"> (meeting link, opens in a new tab)</span>
        </a>
      ) : mode === "phone" && place ? (
        <a
          href={`tel:${place.replace(/[^+\d]/g, "")}`}
          className="font-medium text-brand-700 underline underline-offset-4"
        >
          {place}
        </a>
      ) : (
        <span className="break-words">{place}</span>
      )}
      {mode === "video" && !place ? " · no meeting link yet" : null}
    </span>
  );
}
