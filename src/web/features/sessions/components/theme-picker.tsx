import { type FormEvent, useId, useState } from "react";
import type { Theme } from "../../../../contract/session-work";
import type { SessionPage } from "../../../../contract/sessions";
import { QueryState } from "../../../components/query-state";
import { FormAlert } from "../../../components/ui/alert";
import { Button } from "../../../components/ui/button";
import { Input } from "../../../components/ui/input";
import { cn } from "../../../lib/cn";
import { fieldErrorsOf, formMessageOf } from "../../../lib/form-errors";
import { useAddTheme, usePracticeThemes, useSetSessionThemes } from "../api/session-work";

type Target = "session" | "reflection";
const LEGENDS: Record<Target, string> = {
  session: "Themes of the session",
  reflection: "Themes of the reflection",
};

/** Checkboxes of the practice's themes for the session and its reflection, and a new theme. */
export function ThemePicker({ page, onDone }: { page: SessionPage; onDone: () => void }) {
  const themes = usePracticeThemes(true);
  const [chosen, setChosen] = useState<Record<Target, string[]>>({
    session: page.themes.session.map((theme) => theme.id),
    reflection: page.themes.reflection.map((theme) => theme.id),
  });
  const save = useSetSessionThemes(page.session.id);
  const toggle = (target: Target, id: string) =>
    setChosen((now) => ({
      ...now,
      [target]: now[target].includes(id)
        ? now[target].filter((other) => other !== id)
        : [...now[target], id],
    }));
  return (
    <QueryState query={themes} loading="Loading the practice's themes…">
      {(list) => (
        <div className="space-y-5">
          <FormAlert message={formMessageOf(save.error)} />
          {(["session", "reflection"] as const).map((target) => (
            <ThemeChoices
              key={target}
              legend={LEGENDS[target]}
              themes={list}
              chosen={chosen[target]}
              onToggle={(id) => toggle(target, id)}
            />
          ))}
          <NewTheme
            onAdded={(theme) =>
              setChosen((now) => ({ ...now, session: [...now.session, theme.id] }))
            }
          />
          <div className="flex flex-wrap gap-3">
            <Button
              pending={save.isPending}
              onClick={() => save.mutate(chosen, { onSuccess: onDone })}
            >
              Save themes
            </Button>
            <Button variant="secondary" onClick={onDone}>
              Cancel
            </Button>
          </div>
        </div>
      )}
    </QueryState>
  );
}

function ThemeChoices(props: {
  legend: string;
  themes: Theme[];
  chosen: string[];
  onToggle: (id: string) => void;
}) {
  return (
    <fieldset>
      <legend className="mb-2 text-sm font-medium text-slate-800">{props.legend}</legend>
      <div className="flex flex-wrap gap-2">
        {props.themes.map((theme) => {
          const on = props.chosen.includes(theme.id);
          return (
            <label
              key={theme.id}
              className={cn(
                "inline-flex min-h-9 max-w-full cursor-pointer items-center gap-2 break-words rounded-full px-3 py-1 text-sm ring-1 ring-inset has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-600",
                on
                  ? "bg-brand-50 text-brand-900 ring-brand-300"
                  : "bg-white text-slate-700 ring-slate-300",
              )}
            >
              <input
                type="checkbox"
                className="size-4 accent-brand-700"
                checked={on}
                onChange={() => props.onToggle(theme.id)}
              />
              {theme.label}
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}

/** Adds a theme to the practice's list and ticks it for the session. */
function NewTheme({ onAdded }: { onAdded: (theme: Theme) => void }) {
  const add = useAddTheme();
  const [label, setLabel] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!label.trim()) {
      setProblem("Name the theme");
      return;
    }
    setProblem(null);
    add.mutate(label, {
      onSuccess: (theme) => {
        setLabel("");
        onAdded(theme);
      },
    });
  };
  const error = problem ?? fieldErrorsOf(add.error).label ?? formMessageOf(add.error);
  return (
    <form noValidate onSubmit={onSubmit} className="space-y-2">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        A theme not on the list
      </label>
      <div className="flex flex-col gap-2 sm:flex-row">
        <Input
          id={id}
          maxLength={60}
          value={label}
          onChange={(event) => setLabel(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
        <Button type="submit" variant="secondary" pending={add.isPending}>
          Add theme
        </Button>
      </div>
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </form>
  );
}
