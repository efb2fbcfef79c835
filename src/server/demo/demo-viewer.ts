import type { Viewer } from "../access/viewer";

/** A demo person as the services see a signed-in viewer, so the demo goes through them. */
export function demoViewer(
  person: Pick<Viewer, "userId" | "name" | "email" | "role" | "isAdmin">,
  demo: { id: string; name: string },
): Viewer {
  return {
    ...person,
    practiceId: demo.id,
    practiceName: demo.name,
    twoFactorEnabled: false,
    practiceRequiresTwoFactor: false,
  };
}
