// A topic as plain text, in the current language: what search indexes and
// what the readability test measures. It walks the same blocks the page
// renders, so neither can drift from what a person reads.
import { t } from '../i18n';
import { DRAWING_MESSAGES } from './drawings/messages';
import { RED_FLAG_MESSAGES } from './red-flags';
import type { Block, Topic } from './topics';

/** Every message id a block shows, in reading order. */
export function blockMessageIds(block: Block): string[] {
  switch (block.kind) {
    case 'p':
    case 'h2':
      return [block.id];
    case 'list':
      return block.items.map((item) => item.id);
    case 'drawing':
      return DRAWING_MESSAGES[block.drawing];
    case 'red-flags':
      return RED_FLAG_MESSAGES;
    case 'terms':
      return block.terms.flatMap(({ term, definition }) => [term, definition.id]);
    case 'sources-link':
      return ['learn-sources-all'];
  }
}

/** Every message id a topic shows: title, summary and body. */
export function topicMessageIds(topic: Topic): string[] {
  return [topic.title, topic.summary, ...topic.blocks.flatMap(blockMessageIds)];
}

/** One message as a single line: Fluent keeps the line breaks of multiline
 * values, which are layout, not sentence ends. */
function line(id: string): string {
  return t(id).replace(/\s+/g, ' ').trim();
}

/** The topic's body as paragraphs (title and summary not included). */
export function topicParagraphs(topic: Topic): string[] {
  return topic.blocks.flatMap(blockMessageIds).map(line);
}

/** Everything a person reads on the topic's page, one paragraph, heading or
 * list item per line. */
export function topicText(topic: Topic): string {
  return [topic.title, ...topic.blocks.flatMap(blockMessageIds)].map(line).join('\n');
}
