/** Being written. */
export function ReportPage() {
  return null;
}
