// Each Learn topic reads at about a 12-year-old's level: Flesch–Kincaid
// grade 8.0 or lower, over the full text a person reads on the page, in the
// order the page shows it. How it is measured (sentences only: headings count
// with the sentence after them, numbers and symbols as the words they are read
// as) is in ./readability.ts; the rest of the app's patient text is measured
// the same way in patient-readability.test.ts.
import { describe, expect, it } from 'vitest';
import { t } from '../src/lib/i18n';
import { DRAWING_MESSAGES } from '../src/lib/learn/drawings/messages';
import { EMERGENCY_WHY, RED_FLAG_LISTS } from '../src/lib/learn/red-flags';
import { blockMessageIds } from '../src/lib/learn/text';
import { TOPICS, type Block, type Topic } from '../src/lib/learn/topics';
import { grade, heading, MAX_GRADE, measure, prose, type Piece } from './readability';

/** A block as it reads: which parts are headings or labels, which are prose. */
function blockPieces(block: Block): Piece[] {
  switch (block.kind) {
    case 'p':
    case 'list':
      return blockMessageIds(block).map((id) => prose(t(id)));
    case 'h2':
      return [heading(t(block.id))];
    case 'drawing':
      // The title and the labels on the drawing are labels; the description
      // and the caption are sentences.
      return DRAWING_MESSAGES[block.drawing].map((id) =>
        /-(desc|caption)$/.test(id) ? prose(t(id)) : heading(t(id)),
      );
    case 'red-flags':
      return RED_FLAG_LISTS.flatMap(({ title, signs }) => [
        heading(t(title)),
        ...signs.map((sign) => prose(t(sign))),
        ...(title === 'help-emergency-title' ? [prose(t(EMERGENCY_WHY))] : []),
      ]);
    case 'terms':
      return block.terms.flatMap(({ term, definition }) => [heading(t(term)), prose(t(definition.id))]);
    case 'sources-link':
      return [heading(t('learn-sources-all'))];
  }
}

/** Everything a person reads on the topic's page, from its title down. */
function topicPieces(topic: Topic): Piece[] {
  return [heading(t(topic.title)), ...topic.blocks.flatMap(blockPieces)];
}

describe('Learn readability (Flesch–Kincaid grade)', () => {
  it('measures sensible grades (the tools work as expected)', () => {
    expect(grade([prose('The cat sat on the mat. It was warm.')])).toBeLessThan(2);
    expect(
      grade([
        prose(
          'Radiofrequency neurotomy interrupts nociceptive transmission via thermocoagulation of the medial branches innervating zygapophysial articulations.',
        ),
      ]),
    ).toBeGreaterThan(15);
  });

  it('reads every block of every topic (the red flags in the order they are shown)', () => {
    for (const topic of TOPICS) {
      const measured = topicPieces(topic).map((piece) => piece.text);
      const shown = [topic.title, ...topic.blocks.flatMap(blockMessageIds)].map((id) => t(id));
      expect(measured.sort()).toEqual(shown.sort());
    }
  });

  it.each(TOPICS.map((topic) => [topic.id, topic] as const))('%s is at grade 8 or below', (_, topic) => {
    const pieces = topicPieces(topic);
    const found = measure(pieces);
    console.log(`FK grade ${found.grade.toFixed(1).padStart(4)}  Learn: ${t(topic.title)}`);
    expect(pieces.map((p) => p.text).join(' ').length).toBeGreaterThan(200);
    expect(found.grade).toBeLessThanOrEqual(MAX_GRADE);
  });
});
