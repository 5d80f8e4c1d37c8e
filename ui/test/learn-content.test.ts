// Learn's data holds together: every citation names a real source, every
// source is cited and has an https address, every message exists, and search
// finds words in the right topics.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FluentResource } from '@fluent/bundle';
import { describe, expect, it } from 'vitest';
import { isSourceId, SOURCES } from '../src/lib/learn/sources';
import { searchTopics } from '../src/lib/learn/search';
import { topicMessageIds } from '../src/lib/learn/text';
import { TOPICS, type Block, type Cited } from '../src/lib/learn/topics';
import { RED_FLAG_SOURCES } from '../src/lib/learn/red-flags';
import { t } from '../src/lib/i18n';

const SRC = join(__dirname, '..', 'src');
const LEARN_FTL = join(SRC, 'locales', 'en', 'learn.ftl');
const learnIds = new Set(
  new FluentResource(readFileSync(LEARN_FTL, 'utf8')).body.map((entry) => entry.id),
);

function cited(block: Block): Cited[] {
  switch (block.kind) {
    case 'p':
      return [block];
    case 'list':
      return block.items;
    case 'terms':
      return block.terms.map((term) => term.definition);
    default:
      return [];
  }
}

const citations = TOPICS.flatMap((topic) =>
  topic.blocks.flatMap(cited).flatMap((text) => text.cite.map((id) => ({ topic: topic.id, text: text.id, id }))),
);

describe('Learn sources and citations', () => {
  it('has the topics the issue asks for, each with a unique id', () => {
    expect(TOPICS.map((topic) => topic.id)).toEqual([
      'rfn',
      'facets',
      'blocks',
      'day',
      'after',
      'lasts',
      'exercise',
      'red-flags',
      'evidence',
      'words',
    ]);
  });

  it('cites only sources that exist', () => {
    expect(citations.length).toBeGreaterThan(50);
    expect(citations.filter((c) => !isSourceId(c.id))).toEqual([]);
    expect(RED_FLAG_SOURCES.filter((id) => !isSourceId(id))).toEqual([]);
  });

  it('cites every source at least once', () => {
    const used = new Set(citations.map((c) => c.id));
    expect(SOURCES.map((s) => s.id).filter((id) => !used.has(id))).toEqual([]);
  });

  it('keeps sources.json in the shape Rust reads: unique kebab-case ids and https addresses', () => {
    const raw = JSON.parse(readFileSync(join(SRC, 'lib', 'learn', 'sources.json'), 'utf8')) as unknown[];
    expect(raw.length).toBe(SOURCES.length);
    for (const source of raw) {
      expect(Object.keys(source as object).sort()).toEqual(['id', 'publisher', 'title', 'url', 'year']);
      const { id, title, publisher, year, url } = source as Record<string, unknown>;
      expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(typeof title === 'string' && title.length > 0).toBe(true);
      expect(typeof publisher === 'string' && publisher.length > 0).toBe(true);
      expect(year === null || (Number.isInteger(year) && (year as number) > 1990)).toBe(true);
      expect(new URL(url as string).protocol).toBe('https:');
    }
    expect(new Set(SOURCES.map((s) => s.id)).size).toBe(SOURCES.length);
  });

  it('uses only message ids that exist in learn.ftl (or the shared red flags)', () => {
    const used = TOPICS.flatMap(topicMessageIds);
    const missing = used.filter((id) => !learnIds.has(id) && !id.startsWith('help-'));
    expect(missing).toEqual([]);
  });

  it('uses every message in learn.ftl', () => {
    const used = new Set(TOPICS.flatMap(topicMessageIds));
    const code = [
      'views/Learn.svelte',
      'views/learn/LearnIndex.svelte',
      'views/learn/LearnSearch.svelte',
      'views/learn/SourceItem.svelte',
      'views/learn/SourcesPage.svelte',
      'views/learn/TopicPage.svelte',
      'views/learn/TopicPager.svelte',
      'views/learn/TopicBlocks.svelte',
      'lib/learn/Citations.svelte',
      'lib/learn/drawings/Drawing.svelte',
      'lib/learn/drawings/VertebraDrawing.svelte',
      'lib/learn/drawings/NeedleDrawing.svelte',
    ]
      .map((file) => readFileSync(join(SRC, file), 'utf8'))
      .join('\n');
    for (const match of code.matchAll(/\bt\(\s*'([^']+)'/g)) used.add(match[1]);
    expect([...learnIds].filter((id) => !used.has(id))).toEqual([]);
  });
});

// The clinical reference's corrections (shared/clinical-reference.md,
// section 1), held in place: who is cited for what, and what is never said.
describe('Learn cites each fact to a source that says it', () => {
  const english = (id: string) => t(id).replace(/\s+/g, ' ');
  const saying = (pattern: RegExp) => citations.filter((c, i, all) =>
    pattern.test(english(c.text)) && all.findIndex((d) => d.text === c.text) === i,
  );
  const sourcesOf = (text: string) => citations.filter((c) => c.text === text).map((c) => c.id);

  it('cites NICE NG59’s research recommendation wherever the nerve may grow back, never as a certainty', () => {
    const regrow = saying(/grow(s|ing)? back|regrow/i);
    expect(regrow.length).toBeGreaterThanOrEqual(2);
    for (const { text } of regrow) {
      expect(sourcesOf(text), text).toContain('nice-ng59-research');
      // "may" in the same sentence, before the growing back
      expect(english(text), text).toMatch(/\bmay\b[^.]*grow(s|ing)? back/);
    }
  });

  it('cites the Kent Centre or Bupa, not the Hull policy, for "a few hours" and "two blocks"', () => {
    const blocks = [...saying(/few hours/i), ...saying(/two blocks/i)];
    expect(blocks.map((c) => c.text).sort()).toEqual(['learn-blocks-result', 'learn-blocks-two']);
    for (const { text } of blocks) {
      expect(sourcesOf(text).some((id) => id === 'kent-centre' || id === 'bupa'), text).toBe(true);
      expect(sourcesOf(text), text).not.toContain('hull-policy');
    }
  });

  it('never says relief usually lasts about a year, nor that the NHS offers RFN only when…', () => {
    const text = readFileSync(LEARN_FTL, 'utf8').replace(/\s+/g, ' ');
    expect(text).not.toMatch(/about a year|usually lasts|NHS offers/i);
  });

  it('gives MacVicar’s 15 and 13 months as figures for the people it worked for', () => {
    expect(english('learn-lasts-nz-time')).toMatch(/15 months.*13 months.*only for the people it worked for/);
  });

  it('states the Hull rule for repeats as it is', () => {
    expect(sourcesOf('learn-lasts-repeat-months')).toEqual(['hull-policy']);
    expect(english('learn-lasts-repeat-months')).toMatch(/16 months have passed since your last RFN/);
    expect(english('learn-lasts-repeat-worked')).toMatch(/first RFN worked/);
    expect(english('learn-lasts-repeat-again')).toMatch(/new block .* at least half \(50 %\)/);
  });

  it('gives MINT’s numbers and both sides’ caveats', () => {
    const mint = ['learn-lasts-mint', 'learn-lasts-mint-result', 'learn-lasts-mint-doubt'].map(english).join(' ');
    expect(mint).toMatch(/681 people/);
    expect(mint).toMatch(/251 people/);
    expect(mint).toMatch(/0\.18 points/);
    expect(mint).toMatch(/just one block/);
    expect(english('learn-lasts-nz-doubt')).toMatch(/no group to compare with/);
    expect(english('learn-lasts-cochrane')).toMatch(/very low to moderate/);
  });
});

describe('Learn search', () => {
  it.each([
    ['needle', 'rfn'],
    ['MINT', 'lasts'],
    ['multifidus', 'exercise'],
    ['emergency', 'red-flags'],
    ['anaesthetic', 'words'],
    ['sunburn', 'after'],
    ['80 %', 'blocks'],
  ])('finds "%s" in the %s topic', (query, topicId) => {
    const hits = searchTopics(query);
    expect(hits.map((hit) => hit.topic.id)).toContain(topicId);
    const hit = hits.find((h) => h.topic.id === topicId)!;
    expect(hit.snippet.length).toBeGreaterThan(10);
    expect(hit.snippet.length).toBeLessThanOrEqual(200);
  });

  it('puts the topic about the word first, and shows the matching sentence', () => {
    const [first] = searchTopics('multifidus');
    expect(first.topic.id).toBe('exercise');
    expect(first.snippet.toLowerCase()).toContain('multifidus');
    expect(searchTopics('MINT')[0].snippet).toContain('MINT');
  });

  it('finds nothing for an empty query or a word that is not there', () => {
    expect(searchTopics('   ')).toEqual([]);
    expect(searchTopics('xylophone')).toEqual([]);
  });
});
