import { History, LayoutTemplate, Pencil, Save } from "lucide-react";
import { useState } from "react";
import { useSearchParams } from "react-router";
import type { PlanView } from "../../../../../contract/goals";
import { QueryState } from "../../../../components/query-state";
import { Button } from "../../../../components/ui/button";
import {
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
} from "../../../../components/ui/card";
import { formatDateTime } from "../../../../lib/format-date";
import { useMe } from "../../../../lib/use-me";
import { useGoalPlanQuery } from "../../../goals/api/plan-get";
import { isEmptyPlan, PlanDocument } from "./plan-document";
import { PlanEditor } from "./plan-editor";
import { PlanEngagement } from "./plan-engagement";
import { PlanVersions } from "./plan-versions";
import { SaveAsTemplate } from "./save-as-template";
import { TemplatePicker } from "./template-picker";

type Mode = "read" | "edit" | "template" | "save-template" | "versions";

/** A goal's action plan: read as a document, edited whole, its versions compared. */
export function GoalPlan({ goalId, engagementId }: { goalId: string; engagementId: string }) {
  const query = useGoalPlanQuery(goalId);
  return (
    <PlanEngagement.Provider value={engagementId}>
      <Card>
        <section aria-labelledby={`plan-${goalId}`}>
          <CardHeader>
            <div>
              <CardTitle id={`plan-${goalId}`}>Action plan</CardTitle>
              {query.data ? <CardDescription>{savedLine(query.data)}</CardDescription> : null}
            </div>
          </CardHeader>
          <CardContent>
            <QueryState query={query} loading="Loading the plan…">
              {(view) => <PlanBody goalId={goalId} view={view} />}
            </QueryState>
          </CardContent>
        </section>
      </Card>
    </PlanEngagement.Provider>
  );
}

function savedLine(view: PlanView): string {
  if (!view.saved)
    return "No plan yet: the skills to build, the steps to practise, and what could get in the way.";
  return `Version ${view.version}, saved by ${view.saved.changedBy.name} on ${formatDateTime(view.saved.changedAt)}`;
}

function PlanBody({ goalId, view }: { goalId: string; view: PlanView }) {
  // Opened from a session page ("?session="): the edit is saved as decided in that session.
  const [params, setParams] = useSearchParams();
  const fromSession = params.get("session") ?? undefined;
  const [mode, setMode] = useState<Mode>(fromSession ? "edit" : "read");
  const isCoach = useMe().data?.role === "coach";
  const empty = isEmptyPlan(view.plan);
  const read = () => {
    setMode("read");
    if (fromSession) setParams({}, { replace: true });
  };
  if (mode === "edit")
    return <PlanEditor goalId={goalId} start={view} onDone={read} sessionId={fromSession} />;
  return (
    <div className="space-y-5">
      {empty ? (
        <p className="text-slate-700">Nothing in the plan yet.</p>
      ) : (
        <PlanDocument plan={view.plan} />
      )}
      <div className="flex flex-wrap gap-2">
        <Button onClick={() => setMode("edit")}>
          <Pencil aria-hidden="true" />
          {empty ? "Write the plan" : "Edit the plan"}
        </Button>
        {isCoach ? (
          <Button
            variant="secondary"
            onClick={() => setMode("template")}
            aria-expanded={mode === "template"}
          >
            <LayoutTemplate aria-hidden="true" />
            Start from a template
          </Button>
        ) : null}
        {isCoach && !empty ? (
          <Button
            variant="secondary"
            onClick={() => setMode("save-template")}
            aria-expanded={mode === "save-template"}
          >
            <Save aria-hidden="true" />
            Save as template
          </Button>
        ) : null}
        {view.version > 0 ? (
          <Button
            variant="ghost"
            onClick={() => setMode(mode === "versions" ? "read" : "versions")}
            aria-expanded={mode === "versions"}
          >
            <History aria-hidden="true" />
            Versions
          </Button>
        ) : null}
      </div>
      {mode === "template" ? <TemplatePicker goalId={goalId} current={view} onDone={read} /> : null}
      {mode === "save-template" ? <SaveAsTemplate goalId={goalId} onDone={read} /> : null}
      {mode === "versions" ? <PlanVersions goalId={goalId} /> : null}
    </div>
  );
}
