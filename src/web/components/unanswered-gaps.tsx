import type { ReactNode, Ref } from "react";
import { Alert } from "./ui/alert";

/** A link to a page with questions left: its words, and where it takes focus. */
export type GapLink = { key: string | number; label: ReactNode; onSelect: () => void };

type UnansweredGapsProps = {
  /** Takes focus when submitting finds gaps. */
  reviewRef: Ref<HTMLDivElement>;
  /** How many are left, e.g. "3 statements are not answered". */
  title: string;
  /** What to do about them, before the links. */
  intro: ReactNode;
  links: GapLink[];
  /** Buttons under the links, if any. */
  actions?: ReactNode;
};

/**
 * The warning shown when the client submits with questions left: how many, what to do, and a link
 * to each page with gaps. It is focusable, so focus can be moved to it.
 */
export function UnansweredGaps({ reviewRef, title, intro, links, actions }: UnansweredGapsProps) {
  return (
    <div ref={reviewRef} tabIndex={-1} className="mt-4 scroll-mt-40 outline-none">
      <Alert tone="warning" title={title}>
        <p>{intro}</p>
        <ul className="mt-2 list-disc space-y-1 pl-5">
          {links.map((link) => (
            <li key={link.key}>
              <button
                type="button"
                className="font-medium underline underline-offset-2 hover:no-underline"
                onClick={link.onSelect}
              >
                {link.label}
              </button>
            </li>
          ))}
        </ul>
        {actions ? <div className="mt-3 flex flex-wrap gap-2">{actions}</div> : null}
      </Alert>
    </div>
  );
}
