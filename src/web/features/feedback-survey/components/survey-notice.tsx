import { CircleCheck, Clock, Link2Off } from "lucide-react";
import type { SurveyView } from "../../../../contract/feedback";
import { LinkNotice } from "../../../components/link-notice";
import { todayIsoDate } from "../../../lib/format-date";
import { closedWhen } from "./closed-when";

type NoticeProps = { view: SurveyView; replacesSurvey: boolean };

export function ThankYou({ view, replacesSurvey }: NoticeProps) {
  return (
    <LinkNotice
      icon={CircleCheck}
      eyebrow={view.practiceName}
      title="Thank you"
      takesFocus={replacesSurvey}
    >
      <p>Your feedback for {view.clientName} has been sent.</p>
      <p>
        Your answers can't be changed now, and this link accepts nothing more. You can close this
        page.
      </p>
    </LinkNotice>
  );
}

export function SurveyClosed({ view, replacesSurvey }: NoticeProps) {
  return (
    <LinkNotice
      icon={Clock}
      eyebrow={view.practiceName}
      title="This survey has closed"
      takesFocus={replacesSurvey}
    >
      <p>
        The feedback survey for {view.clientName} can no longer take answers.{" "}
        {closedWhen(view.deadline, todayIsoDate())}
      </p>
      <p>Thank you for your time. There is nothing more to do here.</p>
    </LinkNotice>
  );
}

export function LinkNotValid() {
  return (
    <LinkNotice icon={Link2Off} title="This link doesn't work">
      <p>
        We couldn't find a feedback survey for this link. Check that you opened the whole link from
        your email: some email programs split long links over two lines.
      </p>
      <p>If it still doesn't work, ask the person who asked you for feedback to send it again.</p>
    </LinkNotice>
  );
}
