import type { Me } from "../../contract/accounts";

export type NavItem = { to: string; label: string; end?: boolean };

/** The top bar's links for a signed-in person. */
export function navItemsFor(me: Me): NavItem[] {
  const home: NavItem = { to: "/", label: "Home", end: true };
  const settings: NavItem = { to: "/settings", label: "Settings" };
  if (me.role === "client") return [home, settings];
  if (me.role === "sponsor")
    return [
      home,
      { to: "/engagements", label: "Engagements" },
      { to: "/sponsored-programmes", label: "Programmes" },
      settings,
    ];
  const items: NavItem[] = [
    home,
    { to: "/engagements", label: "Engagements" },
    { to: "/exercise-templates", label: "Exercises" },
    { to: "/courses", label: "Courses" },
    { to: "/articles", label: "Articles" },
    { to: "/feedback-campaigns", label: "360 feedback" },
    { to: "/invitations", label: "Invitations", end: true },
  ];
  if (me.isAdmin)
    items.push(
      { to: "/programmes", label: "Programmes" },
      { to: "/team", label: "Team" },
      { to: "/outbox", label: "Outbox" },
    );
  items.push(settings);
  return items;
}
