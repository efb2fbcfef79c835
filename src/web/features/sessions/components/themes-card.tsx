import { Pencil } from "lucide-react";
import { useId, useRef, useState } from "react";
import type { Theme } from "../../../../contract/session-work";
import type { SessionPage } from "../../../../contract/sessions";
import { Badge } from "../../../components/ui/badge";
import { Button } from "../../../components/ui/button";
import {
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
} from "../../../components/ui/card";
import { useFocusOnClose } from "../../../lib/use-focus-on-close";
import { ThemePicker } from "./theme-picker";

const TARGETS = [
  { target: "session", title: "The session", empty: "No themes for the session yet." },
  { target: "reflection", title: "The reflection", empty: "No themes for the reflection yet." },
] as const;

/** The themes the session and its reflection are tagged with, from the practice's list. */
export function ThemesCard({ page }: { page: SessionPage }) {
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  useFocusOnClose(editing, editButton);
  const id = useId();
  const may = page.mayWork.tagThemes;
  return (
    <Card>
      <section aria-labelledby={`${id}-heading`}>
        <CardHeader>
          <div>
            <CardTitle id={`${id}-heading`}>Themes</CardTitle>
            <CardDescription>
              What the session and the reflection were about, from your practice's list. You both
              tag them.
            </CardDescription>
          </div>
          {may && !editing ? (
            <Button ref={editButton} variant="secondary" size="sm" onClick={() => setEditing(true)}>
              <Pencil aria-hidden="true" />
              Tag themes
            </Button>
          ) : null}
        </CardHeader>
        <CardContent className="space-y-4">
          {editing ? (
            <ThemePicker page={page} onDone={() => setEditing(false)} />
          ) : (
            TARGETS.map(({ target, title, empty }) => (
              <div key={target} className="space-y-1.5">
                <h3 className="text-sm font-medium text-slate-800">{title}</h3>
                <ThemeChips themes={page.themes[target]} empty={empty} />
              </div>
            ))
          )}
        </CardContent>
      </section>
    </Card>
  );
}

export function ThemeChips({ themes, empty }: { themes: Theme[]; empty: string }) {
  if (themes.length === 0) return <p className="text-sm text-slate-600 italic">{empty}</p>;
  return (
    <ul className="flex flex-wrap gap-2">
      {themes.map((theme) => (
        <li key={theme.id}>
          <Badge tone="brand" className="whitespace-normal break-words">
            {theme.label}
          </Badge>
        </li>
      ))}
    </ul>
  );
}
