import { formatDate } from "../../../lib/format-date";

/** When it closed: on its deadline, or earlier if the coach closed it before. */
export function closedWhen(deadline: string, today: string): string {
  return deadline < today
    ? `It closed on ${formatDate(deadline)}.`
    : `It was closed early, before its deadline of ${formatDate(deadline)}.`;
}
