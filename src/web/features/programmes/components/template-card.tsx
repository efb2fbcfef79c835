import { Pencil } from "lucide-react";
import { useState } from "react";
import type { Programme } from "../../../../contract/programmes";
import { SPONSOR_REPORT_LABELS } from "../../../../domain/programmes/sponsor-report";
import { Alert } from "../../../components/ui/alert";
import { Button } from "../../../components/ui/button";
import {
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
} from "../../../components/ui/card";
import { useSaveProgramme } from "../api/save-programme";
import { draftOf } from "./programme-draft";
import { ProgrammeForm } from "./programme-form";
import { labelOf, type TemplateChoices } from "./template-choices";
import { useEditFocus } from "./use-edit-focus";

type TemplateCardProps = { programme: Programme; choices: TemplateChoices | null };

/** The programme's template, read, or edited in place. */
export function TemplateCard({ programme, choices }: TemplateCardProps) {
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const save = useSaveProgramme(programme.id);
  const focus = useEditFocus(editing);
  return (
    <Card>
      <section aria-labelledby="template-heading">
        <CardHeader>
          <div>
            <CardTitle id="template-heading">Template</CardTitle>
            <CardDescription>
              What each participant's coaching holds. Matching a participant with a coach opens
              their engagement on it; a change later applies to the next matches only.
            </CardDescription>
          </div>
          {editing ? null : (
            <Button
              ref={focus.opener}
              variant="secondary"
              size="sm"
              onClick={() => {
                setSaved(false);
                setEditing(true);
              }}
            >
              <Pencil aria-hidden="true" />
              Edit template
            </Button>
          )}
        </CardHeader>
        <CardContent className="space-y-4">
          {editing ? (
            <div ref={focus.area}>
              <ProgrammeForm
                labelledBy="template-heading"
                initial={draftOf(programme)}
                choices={choices}
                submitLabel="Save template"
                pending={save.isPending}
                onCancel={() => setEditing(false)}
                onSave={(body, refused) =>
                  save.mutate(body, {
                    onSuccess: () => {
                      setEditing(false);
                      setSaved(true);
                    },
                    onError: refused,
                  })
                }
              />
            </div>
          ) : (
            <>
              {saved ? (
                <Alert tone="success" role="status">
                  Template saved.
                </Alert>
              ) : null}
              <TemplateFacts programme={programme} choices={choices} />
            </>
          )}
        </CardContent>
      </section>
    </Card>
  );
}

function TemplateFacts({ programme, choices }: TemplateCardProps) {
  const facts: [string, string][] = [
    [
      "Questionnaires",
      programme.instrumentIds.length === 0
        ? "None"
        : programme.instrumentIds.map((id) => labelOf(choices?.instruments, id)).join(", "),
    ],
    [
      "360 competency model",
      programme.competencyModelId
        ? labelOf(choices?.models, programme.competencyModelId)
        : "No 360 feedback",
    ],
    ["Sessions planned", String(programme.sessionsPlanned)],
    ["Months", String(programme.months)],
    ["Email course", programme.courseId ? labelOf(choices?.courses, programme.courseId) : "None"],
    [
      "Stakeholder pulse",
      programme.pulseEveryWeeks === null
        ? "No pulses"
        : programme.pulseEveryWeeks === 1
          ? "Every week"
          : `Every ${programme.pulseEveryWeeks} weeks`,
    ],
    ["Report to sponsors by mail", SPONSOR_REPORT_LABELS[programme.sponsorReport]],
  ];
  return (
    <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-2">
      {facts.map(([term, value]) => (
        <div key={term}>
          <dt className="text-xs font-medium text-slate-600">{term}</dt>
          <dd className="text-sm break-words text-slate-900">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
