import { Fragment, type ReactNode } from "react";
import { renderPublicPage } from "./page";
import type { PublicPractice } from "./public-practice";

/** A practice's public home: its name and the sections of HOME_SECTIONS that have something. */
export function renderPracticeHome(input: {
  publicUrl: string;
  practice: PublicPractice;
  sections: ReactNode[];
}): string {
  const { practice } = input;
  const shown = input.sections.filter((section) => section !== null && section !== undefined);
  return renderPublicPage({
    practice,
    title: practice.name,
    description: `Free email courses and articles from ${practice.name}.`,
    url: `${input.publicUrl}/p/${practice.slug}`,
    body: (
      <>
        <h1>{practice.name}</h1>
        {shown.length === 0 ? <p>Nothing is published here yet.</p> : null}
        {shown.map((section, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: sections come in a fixed order
          <Fragment key={index}>{section}</Fragment>
        ))}
      </>
    ),
  });
}
