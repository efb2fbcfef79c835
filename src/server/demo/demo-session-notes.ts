import { inArray } from "drizzle-orm";
import type { AppContext } from "../context";
import type { Executor } from "../db/database";
import {
  coachingSession,
  sessionAgendaItem,
  sessionNote,
  sessionPreparation,
  sessionReflection,
} from "../db/schema";
import { replacePhrases } from "../sessions/note-phrases";
import { type DemoSessionWork, seedDemoSessionWork } from "./demo-session-work";

// What Maya and Daniel wrote around his two past sessions: the agenda, his preparation, Maya's
// feedback and guidance, the shared notes, her private note and his reflection. Written as rows
// dated as they would have been (the preparation before the session, the notes just after it),
// since the services would refuse a preparation for a session that is over.

export interface DemoSessionParties {
  coachId: string;
  clientId: string;
  engagementId: string;
}

interface SessionWriting {
  agenda: { by: "coach" | "client"; text: string }[];
  preparation: { wins: string; focus: string; question: string };
  feedback: string;
  shared: string;
  coachPrivate: string;
  reflection: { learned: string; differently: string; rating: number };
  work: DemoSessionWork;
}

const HOUR = 3_600_000;

/** Seeds the writing of Daniel's two past sessions, the earlier first. */
export async function seedDemoSessionNotes(
  ctx: AppContext,
  parties: DemoSessionParties,
  pastSessionIds: readonly [string, string],
): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const sessions = await tx
      .select({
        id: coachingSession.id,
        startsAt: coachingSession.startsAt,
        endsAt: coachingSession.endsAt,
      })
      .from(coachingSession)
      .where(inArray(coachingSession.id, [...pastSessionIds]));
    const byId = new Map(sessions.map((session) => [session.id, session]));
    for (const [index, id] of pastSessionIds.entries()) {
      const session = byId.get(id);
      const writing = WRITING[index];
      if (!session || !writing) throw new Error(`demo session ${id} is missing`);
      await seedSession(tx, parties, session, writing);
    }
  });
}

async function seedSession(
  tx: Executor,
  parties: DemoSessionParties,
  session: { id: string; startsAt: Date; endsAt: Date },
  writing: SessionWriting,
) {
  const at = (hoursFromStart: number) =>
    new Date(session.startsAt.getTime() + hoursFromStart * HOUR);
  const of = { sessionId: session.id, engagementId: parties.engagementId };
  const who = (by: "coach" | "client") => (by === "coach" ? parties.coachId : parties.clientId);
  await tx.insert(sessionAgendaItem).values(
    writing.agenda.map((item, index) => ({
      ...of,
      text: item.text,
      addedBy: who(item.by),
      createdAt: at(-50 + index),
    })),
  );
  await tx.insert(sessionPreparation).values({ ...of, ...writing.preparation, updatedAt: at(-20) });
  const afterwards = new Date(session.endsAt.getTime() + HOUR);
  await tx
    .insert(sessionNote)
    .values([
      note(of, "feedback", who("coach"), writing.feedback, afterwards),
      note(of, "shared", who("client"), writing.shared, afterwards),
      note(of, "private", who("coach"), writing.coachPrivate, afterwards),
    ]);
  await tx.insert(sessionReflection).values({ ...of, ...writing.reflection, updatedAt: at(26) });
  await seedPhrases(tx, parties, of, writing);
  await seedDemoSessionWork(tx, parties, session, writing.work);
}

/** The key phrases the services would have stored with each save, so the demo has patterns. */
async function seedPhrases(
  tx: Executor,
  parties: DemoSessionParties,
  of: { sessionId: string; engagementId: string },
  writing: SessionWriting,
) {
  const { coachId, clientId } = parties;
  await replacePhrases(tx, { ...of, source: "feedback", authorId: coachId }, writing.feedback);
  await replacePhrases(tx, { ...of, source: "shared", authorId: clientId }, writing.shared);
  await replacePhrases(tx, { ...of, source: "private", authorId: coachId }, writing.coachPrivate);
  const { learned, differently } = writing.reflection;
  const reflection = `${learned}\n\n${differently}`;
  await replacePhrases(tx, { ...of, source: "reflection", authorId: clientId }, reflection);
}

function note(
  of: { sessionId: string; engagementId: string },
  kind: "feedback" | "shared" | "private",
  authorId: string,
  body: string,
  updatedAt: Date,
) {
  return { ...of, kind, authorId, body, revision: 1, updatedAt };
}

const WRITING: SessionWriting[] = [
  {
    agenda: [
      {
        by: "client",
        text: "Handing the supplier review to Sam: how far should I check his work?",
      },
      { by: "client", text: "Why I end up redoing things late at night" },
      { by: "coach", text: "Your list of what only you can do" },
    ],
    preparation: {
      wins: "I wrote a one-page brief for the supplier review, the result I need rather than the steps, and I'm giving it to Sam this week.",
      focus:
        "Not redoing things. When work comes back not quite as I would have done it, my reflex is to fix it myself at ten at night.",
      question:
        "How do I tell the difference between a real problem and just a different way of doing it?",
    },
    feedback: [
      "Daniel, writing Sam's brief as the result you need rather than the steps was exactly the step we talked about. It gives Sam room, and it gives you something fair to check his work against.",
      "",
      "**What I heard today**",
      "- You check work against *how you would have done it*, not against the brief. That is why a different route feels like a problem.",
      "- When you talked about handing things over you were already rehearsing what you would say if it went badly. Try rehearsing the questions you will ask instead.",
      "",
      "**Guidance for the next two weeks**",
      "1. Before you touch work you have handed over, reread your brief and ask: does this meet it? If it does, it is done, even if it is not how you would have done it.",
      "2. When you hand something over, say how much authority comes with it: look into it, recommend, or decide.",
      "3. Send any change back as a question to its owner rather than making it yourself.",
    ].join("\n"),
    shared: [
      "**Agreed**",
      "- Sam owns the supplier review, with the authority to recommend. Daniel checks it against the brief and does not rewrite it.",
      "- Daniel shares his list of what only he can do with the team leads by Friday.",
      "",
      "**To try**",
      "- Name the level of authority with every handover (look into it / recommend / decide).",
      "",
      "Reading: *Who's Got the Monkey?*, the chapter on the next move.",
    ].join("\n"),
    coachPrivate: [
      "He lights up talking about Sam's growth and tenses as soon as the deadline comes into it. The pull to rescue seems tied to how he thinks the director sees him rather than to the work itself.",
      "",
      "Not ready to name that yet. Come back to it if the redoing carries on after Sam's review.",
    ].join("\n"),
    reflection: {
      learned:
        "I have been judging handed-over work against my own way of doing it, not against what I asked for. Writing the brief down gives me something fairer to check against.",
      differently:
        "Reread the brief before I open anyone's draft, and send any change back as a question rather than fixing it myself.",
      rating: 8,
    },
    work: {
      themes: { session: ["Delegation", "Feedback"], reflection: ["Delegation", "Confidence"] },
      commitments: [
        {
          owner: "client",
          text: "Share the list of what only I can do with the team leads",
          dueAfterDays: 3,
          status: "done",
        },
        {
          owner: "client",
          text: "Check Sam's supplier review against the brief, not my own way",
          dueAfterDays: 10,
          status: "partly_done",
          note: "Checked the numbers against the brief, then rewrote his summary myself anyway.",
        },
        {
          owner: "client",
          text: "Block an hour each Friday to look over delegated work",
          dueAfterDays: 4,
          status: "not_done",
          note: "Fridays filled up with the budget round. Trying Thursday afternoons instead.",
        },
      ],
    },
  },
  {
    agenda: [
      { by: "client", text: "The hiring discussion where I cut in on Ana twice" },
      { by: "coach", text: "Ana's tally so far" },
      { by: "client", text: "Could Lena run sprint planning?" },
    ],
    preparation: {
      wins: "Sam's supplier review came back different from how I would have done it, and it meets the brief. I checked it against the brief and sent him two questions instead of rewriting it.",
      focus:
        "Listening in the team meeting. Ana's tally has me at seven interruptions, and in the hiring discussion I cut in twice before people had made their point.",
      question: "What do I do with the urge to speak when I strongly disagree?",
    },
    feedback: [
      "Sam's review is real progress, Daniel: you let his version stand because it met the brief, and you told him what was good about it. That matters more than the review.",
      "",
      "On listening, the tally moving from eight to seven is slow, and the hiring discussion tells us why: it is when you **strongly disagree** that you cut in. That is the moment to practise, not the easy meetings.",
      "",
      "**Guidance**",
      "- Keep your notebook open in the meeting. When the urge comes, write your point down and wait until the speaker has finished. Your point will still be there.",
      '- On decisions, speak last. Ask "what are we missing?" before you give your view.',
      "- Notice what you feel just before you cut in, and bring one example next time.",
    ].join("\n"),
    shared: [
      "**Agreed**",
      "- Lena runs the next sprint planning; Daniel asks questions only.",
      "- Daniel speaks last on decisions in Tuesday's team meeting for the next three weeks.",
      "- Ana keeps the tally; Daniel notes one moment he listened well after each meeting.",
      "",
      "**Noticed together**",
      "- Interruptions cluster around cost and deadlines.",
      "- When the team leads speak first, their proposals are bolder.",
    ].join("\n"),
    coachPrivate: [
      "A shift today: he described Sam's review as better than his own would have been, without any prompting. Worth reflecting back to him at the mid-point review.",
      "",
      "The interruptions look like control under pressure, the same thread as the rescuing. Consider linking the two goals explicitly next session.",
    ].join("\n"),
    reflection: {
      learned:
        "I cut in when I disagree strongly, not when I am bored. The urge comes from worrying that the wrong decision will be made, and writing my point down takes most of that worry away.",
      differently:
        "Speak last on decisions and ask what we are missing before I say anything. Let Ana's tally tell me whether it is working rather than how the meeting felt.",
      rating: 9,
    },
    work: {
      themes: { session: ["Listening", "Delegation"], reflection: ["Listening", "Conflict"] },
      commitments: [
        {
          owner: "client",
          text: "Speak last on decisions in Tuesday's team meeting for three weeks",
          dueAfterDays: 21,
          status: "open",
        },
        {
          owner: "coach",
          text: "Send Daniel the chapter on the next move from Who's Got the Monkey?",
          dueAfterDays: 2,
          status: "done",
        },
      ],
    },
  },
];
