/** Being written. */
export function CampaignPage() {
  return null;
}
