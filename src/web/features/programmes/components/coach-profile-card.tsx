import { type FormEvent, useState } from "react";
import { MATCHING_LIMITS } from "../../../../domain/matching/capacity";
import { QueryState } from "../../../components/query-state";
import { Alert } from "../../../components/ui/alert";
import { Button } from "../../../components/ui/button";
import {
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
} from "../../../components/ui/card";
import { FormField } from "../../../components/ui/form-field";
import { Textarea } from "../../../components/ui/textarea";
import { useCoachProfile, useSaveCoachProfile } from "../api/coach-profile";
import { problemOf } from "./coach-options";

/** The coach's few lines the admin and programme participants read when choosing a coach. */
export function CoachProfileCard() {
  const profile = useCoachProfile();
  return (
    <Card>
      <CardHeader>
        <div>
          <CardTitle>Your coach profile</CardTitle>
          <CardDescription>
            A few lines shown when you are matched to programme participants: languages, focus,
            background.
          </CardDescription>
        </div>
      </CardHeader>
      <CardContent>
        <QueryState query={profile} loading="Loading your profile…">
          {(data) => <ProfileForm about={data.about} capacity={data.capacity} />}
        </QueryState>
      </CardContent>
    </Card>
  );
}

function ProfileForm({ about, capacity }: { about: string; capacity: number }) {
  const save = useSaveCoachProfile();
  const [text, setText] = useState(about);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ about: text });
  };
  const problem = problemOf(save.error);
  return (
    <form onSubmit={submit} className="space-y-3">
      <FormField
        label="About you"
        name="about"
        hint={`Up to ${MATCHING_LIMITS.about} characters. You take up to ${capacity} open engagements (the admin sets this).`}
      >
        {(control) => (
          <Textarea
            {...control}
            value={text}
            maxLength={MATCHING_LIMITS.about}
            onChange={(event) => setText(event.target.value)}
          />
        )}
      </FormField>
      {problem ? (
        <Alert tone="danger" role="alert">
          {problem}
        </Alert>
      ) : null}
      {save.isSuccess && !save.isPending ? (
        <p role="status" className="text-sm text-emerald-700">
          Saved.
        </p>
      ) : null}
      <Button type="submit" pending={save.isPending}>
        Save profile
      </Button>
    </form>
  );
}
