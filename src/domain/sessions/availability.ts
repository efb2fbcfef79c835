/** One stretch of bookable hours on a weekday, in the coach's own time zone. */
export interface WeeklyWindow {
  /** ISO weekday: 1 is Monday, 7 is Sunday. */
  weekday: number;
  /** Local wall-clock times, "HH:MM", start before end. */
  start: string;
  end: string;
}

export type WeeklyHours = WeeklyWindow[];
