import type { AppContext } from "../context";
import { article, articleReply, articleSeries } from "../db/schema";

// The demo practice's articles: Maya's article on the coaching process, published ten days ago
// as the first of a series, announcing the second two weeks after it; the second scheduled for
// that day; and readers' replies, two approved and one waiting for her.

const DAY = 86_400_000;
const PUBLISHED_DAYS_AGO = 10;
const NEXT_AFTER_DAYS = 14;

const FIRST_SLUG = "the-leadership-coaching-process";
const NEXT_TITLE = "Coaching Success Stories: Real-Life Transformation Through Leadership Support";

/** The seed article (shared/source/leadership-coaching-process.txt) in Markdown. */
export function coachingProcessMarkdown(practiceSlug: string): string {
  const subscribe = `/p/${practiceSlug}/articles/${FIRST_SLUG}#subscribe`;
  const course = `/p/${practiceSlug}/courses/become-a-better-leader`;
  return `Leadership coaching is most effective when it follows a clear and well-structured coaching process. While every coaching relationship is tailored to the individual, understanding the typical stages helps you know what to expect and how to get the best results.

## 1. Coaching Process: Initial Assessment

The first stage is an initial assessment. This may involve self-reflection exercises, personality profiles or 360-degree feedback from colleagues and team members. The aim is to build a comprehensive picture of your strengths, weaknesses and areas for development. This insight forms the foundation of the coaching plan and ensures that the coaching process stays focused and relevant to your personal and professional goals.

## 2. Goal Setting and Action Planning

Once the assessment is complete, the next step is to set specific, measurable goals that align with your wider career aspirations. These objectives should be challenging yet achievable. Together, you and your coach create a detailed action plan outlining the skills and behaviours you need to develop. This plan includes targeted strategies and practical exercises, while also identifying potential obstacles and ways to overcome them. Establishing clear goals at this stage keeps the coaching process purposeful and measurable.

## 3. Regular One-to-One Sessions

The heart of the coaching process lies in regular one-to-one sessions. These may take place in person, by phone or via video call, depending on what suits you best. During each session, your coach provides feedback, guidance and support to help you stay on track. They also encourage you to reflect on your experiences, recognise emerging patterns and adjust strategies when necessary. This continuous loop of reflection and action is what gives the coaching process its power to create meaningful and lasting change.

## 4. Feedback and Accountability Throughout the Coaching Programme

Throughout the coaching process, honest feedback and accountability play a vital role. Your coach acts as both a sounding board and a partner who holds you responsible for the commitments you set. This ensures steady progress, celebrates successes and addresses challenges before they become setbacks. Regular check-ins reinforce motivation and keep you focused on achieving your goals.

## 5. Review and Sustain Results After the Coaching Process

As the coaching process moves towards completion, you and your coach review the progress made and the outcomes achieved. Together you identify the habits, mindsets and new skills that will sustain your growth beyond the formal coaching relationship. This final step ensures that the impact of the coaching process continues to support your leadership development long after the sessions conclude.

---

[Subscribe to our articles](${subscribe}) to be told when the next one goes live, and keep building your leadership toolkit.

**Free resource:** Take your leadership skills further with our [Become a Better Leader 30-day email course](${course}), packed with practical tasks you can put into practice straight away.
`;
}

const SECOND_PART = `Every coaching engagement starts with an assessment and ends with a review, but what happens in between is different for every leader. In this article we follow three of them through their coaching.

## A new manager who learned to delegate

Six months into her first management role, Sam was working evenings to keep up. Her 360 feedback showed a team that wanted more ownership. She set one goal, handing over two recurring decisions a month, and practised the conversations with her coach before having them.

## A director who listened first

Tom's colleagues described him as decisive and hard to disagree with. With his coach he tried one habit: asking two questions before giving his view in every meeting. His stakeholders noticed within weeks.

## What they have in common

Each of them chose one behaviour, practised it between sessions and checked in on it weekly. Small, steady steps did more than any single breakthrough.
`;

interface DemoArticleParties {
  practiceId: string;
  practiceSlug: string;
  coachId: string;
}

export async function seedDemoArticles(ctx: AppContext, parties: DemoArticleParties) {
  const now = Date.now();
  const publishedAt = new Date(now - PUBLISHED_DAYS_AGO * DAY);
  const nextAt = new Date(publishedAt.getTime() + NEXT_AFTER_DAYS * DAY);
  nextAt.setUTCHours(8, 0, 0, 0);
  await ctx.db.transaction(async (tx) => {
    const [series] = await tx
      .insert(articleSeries)
      .values({
        practiceId: parties.practiceId,
        slug: "leadership-coaching",
        title: "Leadership coaching, step by step",
        description: "What coaching involves, how it unfolds, and what it changes for leaders.",
        createdAt: publishedAt,
      })
      .returning({ id: articleSeries.id });
    const common = {
      practiceId: parties.practiceId,
      authorId: parties.coachId,
      seriesId: series?.id,
    };
    const [first] = await tx
      .insert(article)
      .values({
        ...common,
        seriesPosition: 1,
        slug: FIRST_SLUG,
        title: "The Leadership Coaching Process: What to Expect at Each Stage",
        summary:
          "The five stages of a leadership coaching process, from the initial assessment to sustaining results, and how to get the most from each.",
        body: coachingProcessMarkdown(parties.practiceSlug),
        status: "published",
        publishedAt,
        // Its subscribers were told when it went live: the job does not mail it again.
        notifiedAt: publishedAt,
        nextTitle: NEXT_TITLE,
        nextPlannedOn: nextAt.toISOString().slice(0, 10),
        createdAt: new Date(publishedAt.getTime() - 2 * DAY),
        updatedAt: publishedAt,
      })
      .returning({ id: article.id });
    await tx.insert(article).values({
      ...common,
      seriesPosition: 2,
      slug: "coaching-success-stories",
      title: NEXT_TITLE,
      summary:
        "Three leaders, three coaching journeys, and the small steps that changed how they lead.",
      body: SECOND_PART,
      status: "scheduled",
      publishAt: nextAt,
      createdAt: new Date(now - 3 * DAY),
      updatedAt: new Date(now - DAY),
    });
    if (!first) return;
    const at = (daysAfter: number) => new Date(publishedAt.getTime() + daysAfter * DAY);
    await tx.insert(articleReply).values([
      {
        articleId: first.id,
        name: "Ruth Adeyemi",
        email: "ruth.adeyemi@example.com",
        body: "The part on accountability rings true. I only started keeping my commitments once someone asked me about them every fortnight.\n\nLooking forward to the success stories.",
        status: "approved",
        pinned: true,
        createdAt: at(1),
      },
      {
        articleId: first.id,
        name: "Marcus Webb",
        email: "marcus.webb@example.com",
        body: "Useful overview. How long does the initial assessment usually take?",
        status: "approved",
        createdAt: at(3),
      },
      {
        articleId: first.id,
        name: "Jo Park",
        email: "jo.park@example.com",
        body: "We are thinking of coaching for our new team leads. Is the 360 feedback step worth it for first-time managers?",
        status: "held",
        createdAt: new Date(now - 6 * 3_600_000),
      },
    ]);
  });
}
