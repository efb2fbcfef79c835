import { CircleCheck, Clock, Link2Off, type LucideIcon } from "lucide-react";
import { type ReactNode, useEffect, useRef } from "react";
import type { SurveyView } from "../../../../contract/feedback";
import { Card, CardContent } from "../../../components/ui/card";
import { todayIsoDate } from "../../../lib/format-date";
import { closedWhen } from "./closed-when";

/**
 * The centred card that stands for the survey once it can take no answers. When it replaces the
 * survey the rater was answering (they sent it, or it closed meanwhile), its heading takes focus,
 * so a screen reader says what happened.
 */
function SurveyNotice({
  icon: Icon,
  eyebrow,
  title,
  replacesSurvey = false,
  children,
}: {
  icon: LucideIcon;
  eyebrow?: string;
  title: string;
  replacesSurvey?: boolean;
  children: ReactNode;
}) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!replacesSurvey) return;
    window.scrollTo({ top: 0 });
    headingRef.current?.focus({ preventScroll: true });
  }, [replacesSurvey]);
  return (
    <div className="mx-auto w-full max-w-lg sm:py-6">
      <Card>
        <CardContent className="pt-6 sm:px-8 sm:pt-8 sm:pb-8">
          <span className="mb-4 flex size-11 items-center justify-center rounded-full bg-brand-50 text-brand-700">
            <Icon className="size-5" aria-hidden="true" />
          </span>
          {eyebrow ? <p className="text-sm font-medium text-brand-800">{eyebrow}</p> : null}
          <h1
            ref={headingRef}
            tabIndex={-1}
            className="mt-1 text-2xl font-semibold tracking-tight text-balance text-slate-900 outline-none"
          >
            {title}
          </h1>
          <div className="mt-4 space-y-3 leading-relaxed text-slate-700">{children}</div>
        </CardContent>
      </Card>
    </div>
  );
}

type NoticeProps = { view: SurveyView; replacesSurvey: boolean };

export function ThankYou({ view, replacesSurvey }: NoticeProps) {
  return (
    <SurveyNotice
      icon={CircleCheck}
      eyebrow={view.practiceName}
      title="Thank you"
      replacesSurvey={replacesSurvey}
    >
      <p>Your feedback for {view.clientName} has been sent.</p>
      <p>
        Your answers can't be changed now, and this link accepts nothing more. You can close this
        page.
      </p>
    </SurveyNotice>
  );
}

export function SurveyClosed({ view, replacesSurvey }: NoticeProps) {
  return (
    <SurveyNotice
      icon={Clock}
      eyebrow={view.practiceName}
      title="This survey has closed"
      replacesSurvey={replacesSurvey}
    >
      <p>
        The feedback survey for {view.clientName} can no longer take answers.{" "}
        {closedWhen(view.deadline, todayIsoDate())}
      </p>
      <p>Thank you for your time. There is nothing more to do here.</p>
    </SurveyNotice>
  );
}

export function LinkNotValid() {
  return (
    <SurveyNotice icon={Link2Off} title="This link doesn't work">
      <p>
        We couldn't find a feedback survey for this link. Check that you opened the whole link from
        your email: some email programs split long links over two lines.
      </p>
      <p>If it still doesn't work, ask the person who asked you for feedback to send it again.</p>
    </SurveyNotice>
  );
}
