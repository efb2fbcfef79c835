/** Being written. */
export function CampaignDashboardPage() {
  return null;
}
