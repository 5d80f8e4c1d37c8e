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
