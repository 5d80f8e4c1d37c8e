// Each Learn topic reads at about a 12-year-old's level: Flesch–Kincaid
// grade 8.0 or lower, over the full text a person reads on the page.
// Syllables come from `syllable`, the grade from `flesch-kincaid`; sentences
// and words are split by the standard Intl.Segmenter (Unicode rules), where
// each heading, list item and paragraph is its own line.
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { describe, expect, it } from 'vitest';
import { topicText } from '../src/lib/learn/text';
import { TOPICS } from '../src/lib/learn/topics';
import { t } from '../src/lib/i18n';

const MAX_GRADE = 8.0;

function grade(text: string): number {
  const sentences = [...new Intl.Segmenter('en', { granularity: 'sentence' }).segment(text)].filter(
    (s) => /\p{L}/u.test(s.segment),
  );
  const words = [...new Intl.Segmenter('en', { granularity: 'word' }).segment(text)]
    .filter((w) => w.isWordLike)
    .map((w) => w.segment);
  return fleschKincaid({
    sentence: sentences.length,
    word: words.length,
    syllable: words.reduce((sum, word) => sum + syllable(word), 0),
  });
}

describe('Learn readability (Flesch–Kincaid grade)', () => {
  it('measures sensible grades (the tools work as expected)', () => {
    expect(grade('The cat sat on the mat. It was warm.')).toBeLessThan(2);
    expect(
      grade(
        'Radiofrequency neurotomy interrupts nociceptive transmission via thermocoagulation of the medial branches innervating zygapophysial articulations.',
      ),
    ).toBeGreaterThan(15);
  });

  it.each(TOPICS.map((topic) => [topic.id, topic] as const))('%s is at grade 8 or below', (_, topic) => {
    const text = topicText(topic);
    const score = grade(text);
    console.log(`FK grade ${score.toFixed(1).padStart(4)}  ${t(topic.title)}`);
    expect(text.length).toBeGreaterThan(200);
    expect(score).toBeLessThanOrEqual(MAX_GRADE);
  });
});
