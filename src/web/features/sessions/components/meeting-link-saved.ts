/**
 * What the coach reads once the engagement's link is saved: how many upcoming video sessions'
 * invitations went out again with it, or, without a mail server, that they are held, not sent.
 */
export function meetingLinkSavedText(saved: {
  meetingLink: string | null;
  updatedSessions: number;
  mailHeld: boolean;
}): string {
  const done = saved.meetingLink ? "Meeting link saved." : "Meeting link removed.";
  const n = saved.updatedSessions;
  if (n === 0) return done;
  const updated = `Invitations for ${n} upcoming video ${n === 1 ? "session were" : "sessions were"} updated.`;
  const delivery = saved.mailHeld
    ? "No mail server is set up, so Keel holds them instead of sending them: tell your client the new link yourself."
    : "You and your client get them by mail.";
  return `${done} ${updated} ${delivery}`;
}
