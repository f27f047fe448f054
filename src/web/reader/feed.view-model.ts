import type { AtomFeed } from '../../publications/atom-feed.rules.js';
import type { PublicationSummary } from '../../publications/publication-queries.service.js';
import type { Initiative } from '../../sources/initiative.entity.js';

/** How many texts a feed carries: the newest. */
export const FEED_SIZE = 50;

/** Feed readers keep what they have seen by entry id: one per version of a text, never reused. */
export function entryId(publicUrl: string, p: Pick<PublicationSummary, 'slug' | 'version'>) {
  return `${publicUrl}/texts/${p.slug}/v/${p.version}`;
}

export function atomFeed(input: {
  publicUrl: string;
  siteName: string;
  title: string;
  selfPath: string;
  alternatePath: string;
  language: string;
  items: PublicationSummary[];
  initiatives: Map<number, Initiative>;
  tags: Map<number, string[]>;
}): AtomFeed {
  const { publicUrl } = input;
  return {
    id: `${publicUrl}${input.selfPath}`,
    title: input.title,
    selfUrl: `${publicUrl}${input.selfPath}`,
    alternateUrl: `${publicUrl}${input.alternatePath}`,
    // An empty feed still needs a date; a fixed one keeps the bytes the same between requests.
    updated: input.items.reduce(
      (newest, p) => (p.publishedAt > newest ? p.publishedAt : newest),
      new Date(0),
    ),
    language: input.language,
    author: input.siteName,
    entries: input.items.map((p) => {
      const initiative = input.initiatives.get(p.initiativeId);
      return {
        id: entryId(publicUrl, p),
        title: p.title,
        url: `${publicUrl}/texts/${p.slug}`,
        published: p.publishedAt,
        updated: p.publishedAt,
        summary: p.summary,
        authors: initiative ? [initiative.nameEn] : [],
        categories: input.tags.get(p.id) ?? [],
        language: p.language,
      };
    }),
  };
}
