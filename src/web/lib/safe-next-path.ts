/** The ?next= path to go to after signing in, if it stays on this site; "/" otherwise. */
export function safeNextPath(next: string | null): string {
  if (!next?.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return "/";
  return next;
}
