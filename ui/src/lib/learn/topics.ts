// The Learn topics as data: which Fluent messages each page shows, in order,
// and which sources each paragraph cites. The words live in
// locales/en/learn.ftl (message ids are `learn-<topic>-<key>`); this file only
// says how they fit together, so search, the readability test and the pages
// all read the same text.

export type DrawingId = 'vertebra' | 'needle';

/** A piece of text (one Fluent message) and the sources behind it. */
export interface Cited {
  id: string;
  cite: string[];
}

export type Block =
  | ({ kind: 'p' } & Cited)
  | { kind: 'h2'; id: string }
  | { kind: 'list'; items: Cited[] }
  | { kind: 'drawing'; drawing: DrawingId }
  | { kind: 'red-flags' }
  | { kind: 'terms'; terms: { term: string; definition: Cited }[] }
  | { kind: 'sources-link' };

export interface Topic {
  id: string;
  /** Message ids of the title and the one-line summary on the index. */
  title: string;
  summary: string;
  blocks: Block[];
}

/** Builds a topic whose message ids all start with `learn-<id>-`. */
function topic(id: string, build: (m: (key: string) => string) => Block[]): Topic {
  const m = (key: string) => `learn-${id}-${key}`;
  return { id, title: m('title'), summary: m('summary'), blocks: build(m) };
}

const p = (id: string, ...cite: string[]): Block => ({ kind: 'p', id, cite });
const h2 = (id: string): Block => ({ kind: 'h2', id });
const item = (id: string, ...cite: string[]): Cited => ({ id, cite });
const list = (...items: Cited[]): Block => ({ kind: 'list', items });

export const TOPICS: readonly Topic[] = [
  topic('rfn', (m) => [
    p(m('names'), 'aomrc-ebi', 'kent-centre'),
    p(m('what'), 'aomrc-ebi', 'bupa'),
    p(m('how'), 'kent-centre'),
    { kind: 'drawing', drawing: 'needle' },
    p(m('heat'), 'kent-centre', 'bupa'),
    p(m('regrow'), 'macvicar-2013', 'nice-ng59-research'),
    p(m('not-cure'), 'roh'),
    p(m('who'), 'nice-ng59', 'aomrc-ebi'),
    p(m('scope')),
  ]),
  topic('facets', (m) => [
    p(m('spine'), 'kent-centre'),
    p(m('joints'), 'kent-centre', 'bupa'),
    { kind: 'drawing', drawing: 'vertebra' },
    p(m('sore'), 'bupa'),
    p(m('where'), 'bupa'),
    p(m('nerves'), 'kent-centre'),
    p(m('causes'), 'nice-ng59', 'aomrc-ebi'),
  ]),
  topic('blocks', (m) => [
    p(m('test'), 'kent-centre', 'hull-policy'),
    p(m('how'), 'bupa', 'hull-policy'),
    p(m('result'), 'kent-centre'),
    p(m('two'), 'kent-centre'),
    p(m('pass'), 'hull-policy'),
    p(m('if-not'), 'nice-ng59', 'aomrc-ebi'),
    p(m('app')),
  ]),
  topic('day', (m) => [
    p(m('day-case'), 'newcastle-pain', 'hull-discharge'),
    h2(m('before-title')),
    list(item(m('blood'), 'newcastle-pain'), item(m('drive'), 'newcastle-pain', 'hull-discharge')),
    h2(m('during-title')),
    p(m('lie'), 'newcastle-pain'),
    p(m('numb'), 'newcastle-pain', 'kent-centre'),
    p(m('check'), 'newcastle-pain'),
    p(m('heat'), 'kent-centre'),
    h2(m('home-title')),
    p(m('own-clinic')),
  ]),
  topic('after', (m) => [
    h2(m('first-title')),
    p(m('sore'), 'spine-health-follow-up', 'hull-discharge'),
    p(m('flare'), 'spine-health-follow-up'),
    p(m('skin'), 'spine-health-follow-up'),
    h2(m('relief-title')),
    p(m('builds'), 'spine-health-follow-up'),
    h2(m('moving-title')),
    p(m('next-day'), 'spine-health-follow-up', 'hull-discharge'),
    p(m('walk'), 'roh', 'spring-group'),
    h2(m('rare-title')),
    p(m('neuritis'), 'spine-health-complications'),
    p(m('damage'), 'hull-discharge'),
    p(m('worry')),
  ]),
  topic('lasts', (m) => [
    // The nerve may grow back: NICE NG59's research recommendation says so,
    // MacVicar 2013 does not.
    p(m('intro'), 'macvicar-2013', 'nice-ng59-research'),
    p(m('differ'), 'macvicar-2013', 'nice-ng59-research', 'starr-2020'),
    h2(m('studies-title')),
    p(m('nz'), 'macvicar-2013'),
    p(m('nz-time'), 'macvicar-2013'),
    p(m('nz-doubt'), 'macvicar-2013'),
    p(m('nice'), 'nice-ng59-research'),
    h2(m('repeat-title')),
    p(m('repeat'), 'macvicar-2013'),
    p(m('claims'), 'starr-2020'),
    p(m('repeat-nice'), 'nice-ng59-research'),
    p(m('repeat-rules'), 'hull-policy'),
    list(
      item(m('repeat-worked'), 'hull-policy'),
      item(m('repeat-again'), 'hull-policy'),
      item(m('repeat-months'), 'hull-policy'),
    ),
    h2(m('doubt-title')),
    p(m('mint'), 'mint-2017'),
    p(m('mint-result'), 'mint-2017'),
    p(m('mint-doubt'), 'mint-2017'),
    p(m('mint-critics'), 'provenzano-2018', 'lanier-neal-2020'),
    p(m('cochrane'), 'cochrane-cd008572'),
    p(m('why-differ'), 'macvicar-2013', 'starr-2020', 'mint-2017'),
    p(m('you')),
  ]),
  topic('exercise', (m) => [
    p(m('window'), 'roh'),
    p(m('advice'), 'roh', 'spring-group'),
    p(m('aim'), 'roh'),
    h2(m('muscle-title')),
    p(m('muscle'), 'spring-group', 'roh'),
    p(m('waste'), 'spring-group'),
    p(m('unproven')),
    p(m('ask')),
    p(m('scope')),
  ]),
  topic('red-flags', (m) => [
    p(m('intro'), 'hull-discharge'),
    { kind: 'red-flags' },
    p(m('button')),
    p(m('source'), 'nhs-norfolk-waveney', 'roh'),
  ]),
  topic('evidence', (m) => [
    p(m('where')),
    p(m('numbers')),
    h2(m('kinds-title')),
    list(item(m('trial')), item(m('review')), item(m('study')), item(m('leaflet')), item(m('guide'))),
    p(m('disagree')),
    p(m('advice')),
    { kind: 'sources-link' },
  ]),
  topic('words', (m) => [
    p(m('intro')),
    {
      kind: 'terms',
      terms: [
        { term: m('anaesthetic'), definition: item(m('anaesthetic-means'), 'newcastle-pain') },
        { term: m('cauda'), definition: item(m('cauda-means'), 'nhs-norfolk-waveney') },
        { term: m('facet'), definition: item(m('facet-means'), 'kent-centre') },
        { term: m('block'), definition: item(m('block-means'), 'hull-policy') },
        { term: m('medial'), definition: item(m('medial-means'), 'kent-centre') },
        { term: m('multifidus'), definition: item(m('multifidus-means'), 'spring-group') },
        { term: m('neuritis'), definition: item(m('neuritis-means'), 'spine-health-complications') },
        { term: m('nice'), definition: item(m('nice-means')) },
        { term: m('rfn'), definition: item(m('rfn-means'), 'aomrc-ebi') },
        { term: m('sedation'), definition: item(m('sedation-means'), 'newcastle-pain') },
        { term: m('vertebra'), definition: item(m('vertebra-means')) },
        { term: m('window'), definition: item(m('window-means')) },
        { term: m('xray'), definition: item(m('xray-means'), 'newcastle-pain') },
      ],
    },
  ]),
];

export function topicById(id: string): Topic | undefined {
  return TOPICS.find((topic) => topic.id === id);
}
