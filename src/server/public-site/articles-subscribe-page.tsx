import type { SubscribeFormState } from "../lists/subscribe-form";
import { renderPublicPage } from "./page";
import type { PublicPractice } from "./public-practice";
import { SubscribeForm } from "./subscribe-form";

/** The page to ask for a mail whenever the practice publishes an article. */
export function renderArticlesSubscribePage(input: {
  publicUrl: string;
  practice: PublicPractice;
  form?: SubscribeFormState;
}): string {
  const { practice } = input;
  const path = `/p/${practice.slug}/subscribe`;
  return renderPublicPage({
    practice,
    title: input.form ? "Check the form: new articles by mail" : "New articles by mail",
    description: `A mail whenever ${practice.name} publishes a new article.`,
    url: `${input.publicUrl}${path}`,
    body: (
      <>
        <h1>New articles by mail</h1>
        <p>Get a mail whenever {practice.name} publishes a new article; nothing else.</p>
        <section className="card">
          <SubscribeForm
            action={path}
            offerArticles={false}
            submitLabel="Subscribe"
            {...(input.form ? { state: input.form } : {})}
          />
        </section>
      </>
    ),
  });
}
