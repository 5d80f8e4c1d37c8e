// Search across the Learn topics with MiniSearch, over the same resolved text
// the pages show. The index is built on first use, in the current language.
import MiniSearch from 'minisearch';
import { t } from '../i18n';
import { topicParagraphs } from './text';
import { TOPICS, type Topic } from './topics';

export interface SearchHit {
  topic: Topic;
  /** A short piece of the topic's text around the first word that matched. */
  snippet: string;
}

interface TopicDocument {
  id: string;
  title: string;
  body: string;
}

const SNIPPET_LENGTH = 160;

let index: MiniSearch<TopicDocument> | null = null;
let paragraphs = new Map<string, string[]>();

function build(): MiniSearch<TopicDocument> {
  const search = new MiniSearch<TopicDocument>({
    fields: ['title', 'body'],
    searchOptions: { boost: { title: 2 }, prefix: true, fuzzy: 0.2, combineWith: 'AND' },
  });
  paragraphs = new Map(TOPICS.map((topic) => [topic.id, topicParagraphs(topic)]));
  search.addAll(
    TOPICS.map((topic) => ({
      id: topic.id,
      title: t(topic.title),
      body: paragraphs.get(topic.id)!.join('\n'),
    })),
  );
  return search;
}

/** The paragraph that holds the first matching word, cut to a short piece. */
function snippet(topic: Topic, terms: string[]): string {
  const texts = paragraphs.get(topic.id) ?? [];
  const lowered = terms.map((term) => term.toLowerCase());
  const found =
    texts.find((text) => lowered.some((term) => text.toLowerCase().includes(term))) ??
    t(topic.summary);
  if (found.length <= SNIPPET_LENGTH) return found;
  const at = Math.max(0, Math.min(...lowered.map((term) => found.toLowerCase().indexOf(term)).filter((i) => i >= 0)));
  // Start at a word boundary a little before the match, so it reads naturally.
  const from = at < SNIPPET_LENGTH / 2 ? 0 : found.lastIndexOf(' ', at - SNIPPET_LENGTH / 4) + 1;
  const to = found.indexOf(' ', from + SNIPPET_LENGTH);
  const piece = found.slice(from, to === -1 ? undefined : to);
  return `${from > 0 ? '… ' : ''}${piece}${to === -1 ? '' : ' …'}`;
}

/** Topics that match `query`, best first. An empty query finds nothing. */
export function searchTopics(query: string): SearchHit[] {
  if (query.trim() === '') return [];
  index ??= build();
  return index.search(query).flatMap((result) => {
    const topic = TOPICS.find((candidate) => candidate.id === result.id);
    return topic ? [{ topic, snippet: snippet(topic, result.terms) }] : [];
  });
}

/** For tests: rebuild the index next time (after a language change). */
export function resetSearchIndex(): void {
  index = null;
}
