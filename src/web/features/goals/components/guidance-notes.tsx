import { CircleHelp, Lightbulb } from "lucide-react";
import { useId, useState } from "react";
import type { GuidanceItem } from "../../../../contract/goals";
import { Button } from "../../../components/ui/button";
import { Input } from "../../../components/ui/input";
import { Label } from "../../../components/ui/label";
import { severityWord } from "./guidance";

type SetAside = (code: string, reason: string) => Promise<unknown>;

/** What Keel says beside one field: advice to act on or set aside, or a question to think about. */
export function GuidanceNotes({
  items,
  onSetAside,
}: {
  items: GuidanceItem[];
  onSetAside?: SetAside | undefined;
}) {
  if (items.length === 0) return null;
  return (
    <ul className="space-y-2">
      {items.map((item) => (
        <GuidanceNote key={item.code} item={item} onSetAside={onSetAside} />
      ))}
    </ul>
  );
}

function GuidanceNote({
  item,
  onSetAside,
}: {
  item: GuidanceItem;
  onSetAside?: SetAside | undefined;
}) {
  const question = item.severity === "question";
  const Icon = question ? CircleHelp : Lightbulb;
  return (
    <li
      className={
        question
          ? "rounded-md border border-sky-200 bg-sky-50 p-2.5 text-sm text-sky-950"
          : "rounded-md border border-amber-200 bg-amber-50 p-2.5 text-sm text-amber-950"
      }
    >
      <p className="flex gap-2">
        <Icon aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
        <span>
          <span className="font-semibold">{severityWord(item.severity)}: </span>
          {item.message}
        </span>
      </p>
      {onSetAside && item.severity !== "invalid" ? (
        <SetAsideForm code={item.code} onSetAside={onSetAside} />
      ) : null}
    </li>
  );
}

function SetAsideForm({ code, onSetAside }: { code: string; onSetAside: SetAside }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  if (!open)
    return (
      <Button variant="link" size="sm" className="ml-6 mt-1 text-sm" onClick={() => setOpen(true)}>
        Set aside…
      </Button>
    );
  return (
    <form
      className="ml-6 mt-2 space-y-2"
      onSubmit={(event) => {
        event.preventDefault();
        const reason = String(new FormData(event.currentTarget).get("reason") ?? "").trim();
        if (!reason) {
          setProblem("Say why, in a sentence");
          return;
        }
        setPending(true);
        onSetAside(code, reason)
          .then(() => setOpen(false))
          .catch(() => setProblem("It could not be set aside. Try again."))
          .finally(() => setPending(false));
      }}
    >
      <Label htmlFor={`${id}-reason`}>Why set this aside?</Label>
      <Input
        id={`${id}-reason`}
        name="reason"
        maxLength={500}
        autoFocus
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
      />
      {problem ? (
        <p id={`${id}-problem`} className="text-sm font-medium text-red-700">
          {problem}
        </p>
      ) : null}
      <div className="flex gap-2">
        <Button type="submit" size="sm" pending={pending}>
          Set aside
        </Button>
        <Button size="sm" variant="ghost" onClick={() => setOpen(false)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
