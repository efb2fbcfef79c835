const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Reads "2026-12-03" as a calendar day (no time zone shift) and ISO timestamps as local time. */
function toDate(value: string | Date): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  const calendar = CALENDAR_DATE.exec(value);
  if (calendar) {
    return new Date(Number(calendar[1]), Number(calendar[2]) - 1, Number(calendar[3]));
  }
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "3 Dec 2026" */
export function formatDate(value: string | Date): string {
  const date = toDate(value);
  if (!date) return "";
  return `${date.getDate()} ${MONTHS[date.getMonth()]} ${date.getFullYear()}`;
}

/** "3 Dec 2026, 14:05" */
export function formatDateTime(value: string | Date): string {
  const date = toDate(value);
  if (!date) return "";
  const hours = String(date.getHours()).padStart(2, "0");
  const minutes = String(date.getMinutes()).padStart(2, "0");
  return `${formatDate(date)}, ${hours}:${minutes}`;
}

/** Today's local date as "YYYY-MM-DD", the value an <input type="date"> expects. */
export function todayIsoDate(now: Date = new Date()): string {
  const month = String(now.getMonth() + 1).padStart(2, "0");
  const day = String(now.getDate()).padStart(2, "0");
  return `${now.getFullYear()}-${month}-${day}`;
}
