// Every text a patient reads outside Learn is at Flesch–Kincaid grade 8.0 or
// lower, measured as Learn is (./readability.ts: sentences only, headings with
// the sentence after them, numbers as the words they are read as): each
// exercise as its page shows it, Get help, each phase of the timeline, each
// step of the first run, and the notices (start-up, the monitor, the follow-up
// offer, the reminders' own words). One test per text, so a failure names it.
//
// Messages with variables are formatted through the app's t() with plausible
// values. Labels of buttons and form fields, and the facts list on an exercise
// page ("Start with: 2 holds of 10 seconds"), are not sentences and are left
// out; the amounts are measured where the text spells them out (the
// progression line).
import { describe, expect, it } from 'vitest';
import LIBRARY from '../../tests/fixtures/exercise-library.json';
import { t } from '../src/lib/i18n';
import type { Exercise } from '../src/lib/ipc/bindings/Exercise';
import type { Phase } from '../src/lib/ipc/bindings/Phase';
import { EMERGENCY_WHY, RED_FLAG_LISTS } from '../src/lib/learn/red-flags';
import { clockTime, SUGGESTED_TIMES } from '../src/lib/reminders';
import { heading, MAX_GRADE, measure, numberWords, prose, sentences, spoken, type Piece } from './readability';

const library = LIBRARY as unknown as Exercise[];

/** An exercise as its page reads, from its name to its stop line. */
function exercisePieces(exercise: Exercise): Piece[] {
  const { text } = exercise;
  return [
    heading(t(text.name)),
    prose(t(text.purpose)),
    prose(t('library-check')),
    heading(t('library-steps-title')),
    ...text.steps.map((id) => prose(t(id))),
    heading(t('library-keys-title')),
    ...text.keyPoints.map((id) => prose(t(id))),
    heading(t('library-progression-title')),
    prose(t(text.progression)),
    heading(t('library-stop-title')),
    prose(t('library-stop-kind')),
    prose(t(text.stopIf)),
  ];
}

const redFlags = (): Piece[] =>
  RED_FLAG_LISTS.flatMap(({ title, signs }) => [
    heading(t(title)),
    ...signs.map((sign) => prose(t(sign))),
    ...(title === 'help-emergency-title' ? [prose(t(EMERGENCY_WHY))] : []),
  ]);

const PHASES: Phase[] = ['planned', 'recovery', 'relief-builds', 'strengthen', 'review', 'beyond'];

const routine = clockTime(SUGGESTED_TIMES.routine);
const diary = clockTime(SUGGESTED_TIMES.diary);
const when = t('reminders-day-at', { day: 'Thursday', time: routine });

const TEXTS: [string, () => Piece[]][] = [
  ...library.map((exercise): [string, () => Piece[]] => [
    `exercise: ${t(exercise.text.name)}`,
    () => exercisePieces(exercise),
  ]),
  ['exercise library: intro', () => [heading(t('library-title')), prose(t('library-intro')), prose(t('library-scope'))]],
  ['Get help', () => [heading(t('help-title')), prose(t('help-intro')), ...redFlags()]],
  ...PHASES.map((phase): [string, () => Piece[]] => [
    `timeline: ${phase}`,
    () => [
      heading(t(`phase-${phase}`)),
      heading(t('timeline-expect')),
      prose(t(`phase-${phase}-expect`)),
      heading(t('timeline-do')),
      prose(t(`phase-${phase}-do`)),
    ],
  ]),
  [
    'timeline: around the phases',
    () => [
      heading(t('timeline-title')),
      prose(t('timeline-none')),
      heading(t('timeline-phases')),
      prose(t('timeline-note')),
    ],
  ],
  [
    'onboarding: welcome',
    () => [
      heading(t('onboarding-step', { step: 1, steps: 3 })),
      heading(t('onboarding-title')),
      prose(t('onboarding-intro')),
      heading(t('onboarding-what-title')),
      prose(t('onboarding-what')),
      prose(t('onboarding-help')),
      prose(t('onboarding-private')),
    ],
  ],
  [
    'onboarding: your procedure',
    () => [heading(t('onboarding-procedure-title')), prose(t('onboarding-procedure-intro'))],
  ],
  [
    'onboarding: done, and the reminders offer',
    () => [
      heading(t('onboarding-done-title')),
      prose(t('onboarding-done')),
      heading(t('onboarding-reminders-legend')),
      prose(t('onboarding-reminders-hint')),
      prose(t('onboarding-reminders-defaults', { routine, diary })),
      prose(t('onboarding-reminders-login')),
      prose(t('onboarding-reminders-untick')),
    ],
  ],
  ...(['emptied', 'unreadable', 'not_upgradable', 'damaged'] as const).flatMap(
    (damage): [string, () => Piece[]][] => [
      [
        `notice: journal restored (${damage})`,
        () => [
          prose(
            t('notice-journal_restored', {
              damage,
              backupDate: '3 March 2026',
              movedTo: '/home/ana/.local/share/relief-window/journal-damaged-2026-03-04.db',
            }),
          ),
        ],
      ],
      [
        `notice: journal recreated (${damage})`,
        () => [
          prose(
            t('notice-journal_recreated', {
              damage,
              movedTo: 'C:\\Users\\Ana\\AppData\\Roaming\\relief-window\\journal-damaged.db',
            }),
          ),
        ],
      ],
    ],
  ),
  ['notice: backup failed', () => [prose(t('notice-backup_failed'))]],
  [
    'notice: journal read-only',
    () => [prose(t('notice-journal_read_only', { path: '/media/ana/CARD/relief-window' }))],
  ],
  ['notice: settings reset', () => [prose(t('notice-preferences_reset'))]],
  ['notice: still running in the tray', () => [heading(t('tray-explained-title')), prose(t('tray-explained-body'))]],
  ['notice: the monitor', () => [heading(t('today-monitor-title')), prose(t('today-monitor-body'))]],
  [
    'notice: the follow-up offer',
    () => [
      heading(t('follow-up-title')),
      prose(t('follow-up-question')),
      prose(t('follow-up-default-message')),
      prose(t('follow-up-existing', { when })),
    ],
  ],
  [
    'notice: missed reminders',
    () => [
      heading(t('reminder-catch-up-title', { count: 3 })),
      prose(t('reminder-catch-up-body')),
      heading(t('catch-up-title')),
      prose(t('catch-up-intro')),
    ],
  ],
  [
    'offer: the plan of a new phase',
    () => [
      heading(t('offer-phase-title', { phase: t('phase-strengthen') })),
      prose(t('phase-strengthen-expect')),
      prose(t('phase-strengthen-do')),
      prose(t('offer-scope', { region: t('region-cervical') })),
      prose(t('offer-phase-intro')),
      prose(t('offer-phase-kept')),
      prose(t('offer-clinician')),
      prose(t('offer-phase-done')),
      prose(t('offer-phase-later')),
      prose(t('offer-no-procedure')),
    ],
  ],
  [
    "offer: notes for a physiotherapist's plan",
    () => [
      heading(t('offer-notice-title', { phase: t('phase-review') })),
      prose(t('offer-notice-file')),
      prose(t('offer-notice-edited')),
      heading(t('offer-review-title')),
      prose(t('offer-review-body', { date: 'Thursday 5 November 2026' })),
    ],
  ],
  [
    'offer: the next step of a dose',
    () => [
      heading(t('offer-steps-title')),
      prose(t('offer-steps-intro')),
      prose(t('offer-step-done', { name: 'Walking', count: 5 })),
      prose(t('offer-step-change', { from: '10 minutes', to: '13 minutes' })),
      prose(t('offer-step-later', { name: 'Walking', from: '10 minutes' })),
    ],
  ],
  [
    'the pain scale and the session counts',
    () => [
      prose(t('pain-keys-hint')),
      prose(t('pain-missing')),
      prose(t('progress-exercises-note')),
      prose(t('player-cue-done-rest', { seconds: 30, next: 'Bird dog' })),
    ],
  ],
  ['reminder: exercises', () => [heading(t('reminder-title-routine')), prose(t('reminder-default-routine'))]],
  ['reminder: pain diary', () => [heading(t('reminder-title-diary')), prose(t('reminder-default-diary'))]],
  [
    'reminder: follow-up appointment',
    () => [heading(t('reminder-title-follow-up')), prose(t('reminders-default-follow-up'))],
  ],
];

describe('how numbers, symbols and headings are counted', () => {
  it('reads numbers and symbols as words, never as easy empty ones', () => {
    expect(spoken('2 × 20–30 s per side')).toBe('two times twenty to thirty seconds per side');
    expect(spoken('about 80 °C, 50 %, 1 in 23,500')).toBe(
      'about eighty degrees, fifty per cent, one in twenty three thousand five hundred',
    );
    expect(spoken('only 0.18 points, −0.18 on 0 to 10')).toBe(
      'only zero point one eight points, minus zero point one eight on zero to ten',
    );
    expect(numberWords(2017)).toBe('two thousand and seventeen');
    expect(spoken('RFN and NHS, not NICE')).toBe('ar ef en and en aitch ess, not NICE');
    // With numbers as digits, this would count as very easy words.
    const digits = measure([prose('Hold 2 × 20–30 s per side, 2 to 3 times.')]);
    expect(digits.syllables / digits.words).toBeGreaterThan(1.2);
  });

  it('counts a heading with the sentence after it, never as a sentence of its own', () => {
    expect(sentences([heading('Key points'), prose('Breathe. Rest.')])).toEqual(['Key points Breathe.', 'Rest.']);
    const alone = measure([prose('Lie on your back with your knees bent and your feet flat on the floor.')]);
    const headed = measure([
      heading('How to do it'),
      heading('Step one'),
      prose('Lie on your back with your knees bent and your feet flat on the floor.'),
    ]);
    expect(headed.sentences).toBe(alone.sentences);
    expect(headed.grade).toBeGreaterThanOrEqual(alone.grade);
  });
});

describe('patient text readability (Flesch–Kincaid grade)', () => {
  it('covers every exercise in the library', () => {
    expect(library.length).toBe(12);
  });

  it.each(TEXTS)('%s is at grade 8 or below', (name, pieces) => {
    const found = measure(pieces());
    console.log(`FK grade ${found.grade.toFixed(1).padStart(4)}  ${name}`);
    expect(found.sentences).toBeGreaterThan(0);
    expect(found.grade).toBeLessThanOrEqual(MAX_GRADE);
  });
});
