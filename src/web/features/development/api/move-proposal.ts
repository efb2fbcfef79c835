import type { DevelopmentProfile } from "../../../../contract/development";

type ProposalList = "proposals" | "setAside";

/** The profile with one suggestion moved between the open ones and those set aside. */
export function withProposalMoved(
  profile: DevelopmentProfile | undefined,
  key: string,
  from: ProposalList,
  to: ProposalList,
): DevelopmentProfile | undefined {
  const moved = profile?.[from].find((p) => p.key === key);
  return (
    profile && {
      ...profile,
      [from]: profile[from].filter((p) => p.key !== key),
      [to]: moved ? [...profile[to], moved] : profile[to],
    }
  );
}
