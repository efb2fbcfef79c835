import { type FormEvent, useState } from "react";
import { Alert, FormAlert } from "../../../components/ui/alert";
import { Button } from "../../../components/ui/button";
import { FormField } from "../../../components/ui/form-field";
import { Input } from "../../../components/ui/input";
import { useMailHeld } from "../../../lib/api/get-practice";
import { fieldErrorsOf, formMessageOf } from "../../../lib/form-errors";
import { useSaveMeetingLink } from "../api/meeting-link";
import { meetingLinkSavedText } from "./meeting-link-saved";

/** The coach's standing video link for the engagement, in every video session's invitation. */
export function MeetingLinkForm({
  engagementId,
  meetingLink,
}: {
  engagementId: string;
  meetingLink: string | null;
}) {
  const save = useSaveMeetingLink(engagementId);
  const mailHeld = useMailHeld();
  const [value, setValue] = useState(meetingLink ?? "");
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = value.trim();
    save.mutate({ meetingLink: trimmed === "" ? null : trimmed });
  };
  return (
    <form noValidate onSubmit={onSubmit} className="space-y-3" aria-label="Meeting link">
      <FormAlert message={save.error ? formMessageOf(save.error) : null} />
      <FormField
        label="Meeting link for video sessions"
        name="meetingLink"
        optional
        hint="The https:// link of your video room, used for every video session without its own. Leave empty to remove it."
        error={fieldErrorsOf(save.error).meetingLink}
      >
        {(field) => (
          <div className="flex flex-col gap-2 sm:flex-row">
            <Input
              {...field}
              type="url"
              maxLength={500}
              placeholder="https://"
              value={value}
              onChange={(event) => {
                save.reset();
                setValue(event.target.value);
              }}
            />
            <Button type="submit" variant="secondary" pending={save.isPending}>
              Save link
            </Button>
          </div>
        )}
      </FormField>
      <div role="status">
        {save.data ? (
          <Alert tone="success">{meetingLinkSavedText({ ...save.data, mailHeld })}</Alert>
        ) : null}
      </div>
    </form>
  );
}
