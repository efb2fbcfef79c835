import type { RaterGroup } from "../../../../contract/feedback";

type Asked = {
  clientName: string;
  group: RaterGroup;
  threshold: number;
  managerIdentified: boolean;
};

/** Who the rater is to the client, in the words of the invitation. */
export function askedAs({ clientName, group }: Pick<Asked, "clientName" | "group">): string {
  switch (group) {
    case "manager":
      return `${clientName}'s manager`;
    case "peer":
      return `one of ${clientName}'s peers`;
    case "direct_report":
      return `someone who reports to ${clientName}`;
    case "other":
      return `someone who works with ${clientName}`;
  }
}

/**
 * What happens to the rater's answers, in plain words and no more than the report keeps to:
 * a group shows only with `threshold` responses or more (smaller ones are merged or left out),
 * and an identified manager's answers show on their own, as raters were told.
 */
export function anonymityPromise(asked: Asked): string[] {
  const { clientName, group, threshold, managerIdentified } = asked;
  if (managerIdentified && group === "manager") {
    return [
      `As ${clientName}'s manager your answers are shown on their own, not combined with anyone else's, so ${clientName} can tell they are yours.`,
      "Your comments are shown without your name, marked as the manager's.",
    ];
  }
  return [
    `Your answers are combined with those of others in your group and shown only together, and only when at least ${threshold} people have answered. A smaller group is combined with other groups, or left out.`,
    `Comments are shown without your name. Nobody sees your own answers: not ${clientName}, not their coach.`,
    ...(managerIdentified ? ["The manager's answers are shown separately; yours are not."] : []),
  ];
}
