import { bylineName } from '../person-name.ts';
import type { ResourceDetail } from '../resources.repo.ts';

/**
 * Open Graph article details and Twitter card text for a resource, added to the head beside the
 * layout's own og:title, og:description, og:url and twitter:card: what a shared link's preview
 * shows (title, summary, dates, section, topics). Plain meta tags; no script, no third party.
 */
export function ResourceSocialTags(props: { detail: ResourceDetail; title: string; description: string }) {
  const { detail, title, description } = props;
  const r = detail.resource;
  return (
    <>
      <meta property="article:published_time" content={r.published_on} />
      {r.updated_on ? <meta property="article:modified_time" content={r.updated_on} /> : null}
      <meta property="article:section" content={detail.type.name} />
      {detail.topics.map((topic) => <meta property="article:tag" content={topic.name} />)}
      {detail.authors.map((a) => <meta property="article:author" content={bylineName(a.name)} />)}
      <meta name="twitter:title" content={title} />
      <meta name="twitter:description" content={description} />
    </>
  );
}
