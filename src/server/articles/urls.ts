// Where a practice's public pages about articles live.

export const practiceHome = (publicUrl: string, practiceSlug: string) =>
  `${publicUrl}/p/${practiceSlug}`;

export const articleListUrl = (publicUrl: string, practiceSlug: string) =>
  `${practiceHome(publicUrl, practiceSlug)}/articles`;

export const articleUrl = (publicUrl: string, practiceSlug: string, articleSlug: string) =>
  `${articleListUrl(publicUrl, practiceSlug)}/${articleSlug}`;

export const seriesUrl = (publicUrl: string, practiceSlug: string, seriesSlug: string) =>
  `${practiceHome(publicUrl, practiceSlug)}/series/${seriesSlug}`;

export const feedUrls = (publicUrl: string, practiceSlug: string) => ({
  atom: `${practiceHome(publicUrl, practiceSlug)}/feed.atom`,
  rss: `${practiceHome(publicUrl, practiceSlug)}/feed.rss`,
});

export const subscribeUrl = (practiceSlug: string) => `/p/${practiceSlug}/subscribe`;

/** The web app's page where the admin and the author moderate an article's replies. */
export const moderationUrl = (publicUrl: string, articleId: string) =>
  `${publicUrl}/articles/${articleId}/replies`;
