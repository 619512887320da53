export interface ExcerptPart {
  text: string;
  highlighted: boolean;
}

const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };

/** Drops tags first, then decodes entities, so escaped text such as &lt;b&gt; stays text. */
function toText(html: string): string {
  return html.replace(/<[^>]*>/g, '').replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (entity) => entities[entity] ?? entity);
}

/**
 * Pagefind returns excerpts as HTML with <mark> around hits. We rebuild them as text parts
 * so nothing from the index is ever inserted as markup.
 */
export function parseExcerpt(html: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const pattern = /<mark>(.*?)<\/mark>/gs;
  let last = 0;
  for (const match of html.matchAll(pattern)) {
    if (match.index > last) parts.push({ text: toText(html.slice(last, match.index)), highlighted: false });
    parts.push({ text: toText(match[1] ?? ''), highlighted: true });
    last = match.index + match[0].length;
  }
  if (last < html.length) parts.push({ text: toText(html.slice(last)), highlighted: false });
  return parts.filter((part) => part.text !== '');
}
