// Progress against the fixture Rust computed for a seeded year: every table
// behind a chart shows exactly the view's numbers, the summaries name them,
// the range choice asks Rust for the right range, and the empty and error
// states are calm. jsdom has no canvas, so the charts are skipped and the
// tables (the same data) are what is checked.
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { parseISO, startOfISOWeek } from 'date-fns';
import { describe, expect, it } from 'vitest';
import Progress from '../src/views/Progress.svelte';
import { t } from '../src/lib/i18n';
import { oneDecimal, plainNumber, sentenceDay } from '../src/lib/charts/format';
import { formatDay, localToday } from '../src/lib/procedure';
import { dayName, WEEKDAYS } from '../src/lib/reminders';
import type { Exercise } from '../src/lib/ipc/bindings/Exercise';
import type { ProgressView } from '../src/lib/ipc/bindings/ProgressView';
import { fakeJournal, LIBRARY, PROGRESS, type FakeOptions } from './fake-journal';

const THREE_MONTHS: ProgressView = PROGRESS.views['3m'];

/** The ranges Progress asked for. The ODI/RMDQ form below the charts also
 * asks for 'all' (its list of totals), so 'all' is counted separately. */
const rangesAsked = (journal: ReturnType<typeof fakeJournal>) =>
  journal.callsTo('progress').map((c) => c.args.range as string).filter((r) => r !== 'all');
const allAsked = (journal: ReturnType<typeof fakeJournal>) =>
  journal.callsTo('progress').filter((c) => c.args.range === 'all').length;

async function openProgress(options: FakeOptions = { progress: PROGRESS.views }) {
  const journal = fakeJournal(options);
  const user = userEvent.setup();
  render(Progress);
  await screen.findByRole('heading', { level: 1, name: 'Progress' });
  return { journal, user };
}

/** The section headed `title`, once it is drawn. */
async function section(title: string) {
  const heading = await screen.findByRole('heading', { level: 2, name: title });
  return within(heading.closest('section') as HTMLElement);
}

/** Opens the section's table and returns its body rows as text. */
async function tableOf(user: ReturnType<typeof userEvent.setup>, title: string, caption: string | RegExp) {
  const box = await section(title);
  const button = box.getByRole('button', { name: 'Show as table' });
  await user.click(button);
  return rowsOf(box.getByRole('table', { name: caption }));
}

function rowsOf(table: HTMLElement): string[][] {
  return [...table.querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => cell.textContent?.trim() ?? ''));
}

describe('Progress', () => {
  it('asks for 3 months first and shows the pain table with the view’s numbers', async () => {
    const { journal, user } = await openProgress();
    await section('Pain over time');
    expect(journal.callsTo('progress')[0].args).toEqual({ range: '3m' });
    expect(rangesAsked(journal)).toEqual(['3m']);
    expect(screen.getByRole('radio', { name: '3 months' })).toBeChecked();

    const expected = THREE_MONTHS.pain.days
      .filter((d) => d.readings > 0)
      .map((d) => [
        formatDay(d.date),
        oneDecimal(d.mean as number),
        String(d.readings),
        d.rollingMean === null ? 'Too few days' : oneDecimal(d.rollingMean),
      ]);
    expect(expected.length).toBeGreaterThan(20);
    // Days without a reading are left out, so a long range stays readable.
    expect(expected.length).toBeLessThan(THREE_MONTHS.pain.days.length);
    expect(await tableOf(user, 'Pain over time', /Pain by day/)).toEqual(expected);
  });

  it('"Show as table" says whether it is open and which region it controls', async () => {
    const { user } = await openProgress();
    const box = await section('Sessions per week');
    const button = box.getByRole('button', { name: 'Show as table' });
    const region = document.getElementById(button.getAttribute('aria-controls') as string) as HTMLElement;
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(region).not.toBeVisible();
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(button).toHaveTextContent('Hide table');
    expect(region).toBeVisible();
    expect(within(region).getByRole('table')).toBeInTheDocument();
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(region).not.toBeVisible();
  });

  it('draws each chart as a labelled image even where there is no canvas context', async () => {
    await openProgress();
    await section('Pain over time');
    const images = screen.getAllByRole('img');
    expect(images.map((i) => i.getAttribute('aria-label'))).toEqual([
      t('progress-pain-label'),
      t('progress-sessions-label'),
      t('progress-active-label'),
      t('progress-psfs-label'),
    ]);
    for (const image of images) expect(image.querySelector('canvas')).not.toBeNull();
  });

  it('shows sessions per week, planned against done, with the share of the plan', async () => {
    const { user } = await openProgress();
    const expected = THREE_MONTHS.adherence.weeks.map((w) => [
      formatDay(w.weekStart),
      String(w.planned),
      String(w.done),
      w.percent === null ? 'Nothing planned' : `${w.percent}\u00a0%`,
    ]);
    expect(await tableOf(user, 'Sessions per week', /Days of routine per week/)).toEqual(expected);
  });

  it('shows the active days week by week, Monday first', async () => {
    const { user } = await openProgress();
    const weeks = new Map<string, string[]>();
    for (const day of THREE_MONTHS.activeDays) {
      const start = localToday(startOfISOWeek(parseISO(day.date)));
      if (!weeks.has(start)) weeks.set(start, []);
      if (day.active) weeks.get(start)?.push(day.date);
    }
    const expected = [...weeks].map(([start, dates]) => [
      formatDay(start),
      dates.length === 0
        ? 'None'
        : dates.map((d) => dayName(WEEKDAYS[(parseISO(d).getDay() + 6) % 7])).join(', '),
    ]);
    expect(await tableOf(user, 'Active days', /Active days, week by week/)).toEqual(expected);
  });

  it('shows each PSFS activity’s scores in its own table', async () => {
    const { user } = await openProgress();
    const box = await section('Activities you find hard (PSFS)');
    await user.click(box.getByRole('button', { name: 'Show as table' }));
    expect(THREE_MONTHS.psfs.length).toBeGreaterThan(1);
    for (const activity of THREE_MONTHS.psfs) {
      const table = box.getByRole('table', { name: `Scores for “${activity.name}”` });
      expect(rowsOf(table)).toEqual(activity.points.map((p) => [formatDay(p.date), plainNumber(p.score)]));
    }
  });

  it('lists each exercise by name, the skip reasons from sessions and reminders, and ODI/RMDQ totals', async () => {
    await openProgress();
    const library = LIBRARY as unknown as Exercise[];
    const exercises = await section('Each exercise');
    await waitFor(() =>
      expect(rowsOf(exercises.getByRole('table'))).toEqual(
        THREE_MONTHS.adherence.exercises.map((row) => [
          row.exercise.kind === 'custom'
            ? row.exercise.name
            : t(library.find((e) => e.id === (row.exercise as { id: string }).id)!.text.name),
          String(row.planned),
          String(row.done),
          String(row.skipped),
          String(row.notDone),
        ]),
      ),
    );
    // What the plan asked for adds up, row by row, where it was not exceeded.
    for (const row of THREE_MONTHS.adherence.exercises) {
      if (row.done + row.skipped <= row.planned) expect(row.done + row.skipped + row.notDone).toBe(row.planned);
    }
    expect(THREE_MONTHS.adherence.exercises.some((row) => row.notDone > 0)).toBe(true);
    expect(exercises.getByText('Wall squat')).toBeInTheDocument();
    expect(exercises.getByText('Cat–camel')).toBeInTheDocument();

    const skips = await section('Reasons for skipping');
    const reasonWords = {
      tooPainful: 'Too painful',
      noTime: 'No time',
      noSpaceOrEquipment: 'No space or equipment',
      other: 'Another reason',
    };
    expect(rowsOf(skips.getByRole('table'))).toEqual(
      THREE_MONTHS.adherence.skips.map((s) => [reasonWords[s.reason], String(s.fromSessions), String(s.fromReminders)]),
    );
    // The fixture has reminder skips, so the column is not trivially zero.
    expect(THREE_MONTHS.adherence.skips.some((s) => s.fromReminders > 0)).toBe(true);

    const measures = await section('Questionnaire totals');
    expect(rowsOf(measures.getByRole('table'))).toEqual(
      THREE_MONTHS.measures.map((m) => [
        formatDay(m.recordedOn),
        m.measure === 'odi' ? 'ODI (0 to 100\u00a0%)' : 'RMDQ (0 to 24)',
        m.measure === 'odi' ? `${plainNumber(m.total)}\u00a0%` : plainNumber(m.total),
        m.scoredBy ?? 'Not given',
      ]),
    );
  });

  it('summarises each chart with the view’s own numbers, and no advice', async () => {
    await openProgress();
    const pain = THREE_MONTHS.pain;
    const rolling = pain.days.filter((d) => d.rollingMean !== null).map((d) => d.rollingMean as number);
    const painBox = await section('Pain over time');
    const painSummary = painBox.getByText(/^Your 7-day average went from/).textContent ?? '';
    expect(painSummary).toContain(
      `went from ${oneDecimal(rolling[0])} to ${oneDecimal(rolling[rolling.length - 1])} over these 3 months.`,
    );
    expect(painSummary).toContain(`Your usual pain before the procedure was ${pain.baseline}.`);
    expect(painSummary).toContain(
      `from ${pain.band!.low} to ${pain.band!.high}: a change of ${pain.mcid} points or more is one people usually notice.`,
    );

    const last = THREE_MONTHS.adherence.weeks[THREE_MONTHS.adherence.weeks.length - 1];
    const sessions = await section('Sessions per week');
    // The whole range first, with Rust's totals, then the latest week.
    const whole = THREE_MONTHS.adherence.range;
    expect(whole.planned).toBe(THREE_MONTHS.adherence.weeks.reduce((sum, w) => sum + w.planned, 0));
    expect(
      sessions.getByText(
        `You did your routine on ${whole.done} of ${whole.planned} planned days over these 3 months (${whole.percent} %).`,
        { exact: false },
      ),
    ).toBeInTheDocument();
    expect(
      sessions.getByText(
        `In the week starting ${sentenceDay(last.weekStart)}, you did your routine on ${last.done} of ${last.planned} planned days (${last.percent} %).`,
        { exact: false },
      ),
    ).toBeInTheDocument();

    const active = THREE_MONTHS.activeDays.filter((d) => d.active).length;
    const days = await section('Active days');
    expect(
      days.getByText(`You were active on ${active} of ${THREE_MONTHS.activeDays.length} days over these 3 months.`, {
        exact: false,
      }),
    ).toBeInTheDocument();

    const psfs = await section('Activities you find hard (PSFS)');
    const first = THREE_MONTHS.psfs[0];
    expect(
      psfs.getByText(
        `${first.name}: ${first.points[0].score} on ${sentenceDay(first.points[0].date)}, ${first.points[first.points.length - 1].score} on ${sentenceDay(first.points[first.points.length - 1].date)}.`,
        { exact: false },
      ),
    ).toBeInTheDocument();

    // Describe, never advise or judge.
    const text = document.body.textContent ?? '';
    expect(text).not.toMatch(/\b(should|must|well done|good job|bad|worse|better|try to)\b/i);
  });

  it('asks Rust for the chosen range and redraws from its answer', async () => {
    const { journal, user } = await openProgress();
    await section('Pain over time');
    await user.click(screen.getByRole('radio', { name: '12 months' }));
    await waitFor(() => expect(rangesAsked(journal)).toEqual(['3m', '12m']));
    // The summaries follow the new range (testing-library reads the no-break space as a space).
    await screen.findByText(/^Your 7-day average went from .* over these 12 months\./, { selector: 'p' });
    const weeks = PROGRESS.views['12m'].adherence.weeks;
    const rows = await tableOf(user, 'Sessions per week', /Days of routine per week/);
    expect(rows).toHaveLength(weeks.length);
    expect(rows[0][0]).toBe(formatDay(weeks[0].weekStart));

    await user.click(screen.getByRole('radio', { name: '4 weeks' }));
    await waitFor(() => expect(rangesAsked(journal)).toEqual(['3m', '12m', '4w']));
    const before = allAsked(journal);
    await user.click(screen.getByRole('radio', { name: 'All' }));
    await waitFor(() => expect(allAsked(journal)).toBe(before + 1));
    await screen.findByText(/^Your 7-day average went from .* over all your records\./, { selector: 'p' });
  });

  it('says calmly when nothing is recorded in the range, with no charts', async () => {
    await openProgress({});
    expect(await screen.findByText(/Nothing is recorded for this time yet/)).toBeInTheDocument();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    // The range can still be changed, to look further back.
    expect(screen.getByRole('radio', { name: 'All' })).toBeEnabled();
  });

  it('shows an error answer in an alert, and recovers on another range', async () => {
    const { user } = await openProgress({
      progress: PROGRESS.views,
      failNext: { progress: { code: 'journal_unavailable', message: 'Your journal is not open just now.' } },
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('Your journal is not open just now.');
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: '4 weeks' }));
    await section('Pain over time');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('reloads the shown range after walking minutes are added below the charts', async () => {
    const { journal, user } = await openProgress();
    await section('Pain over time');
    await user.click(screen.getByRole('radio', { name: '4 weeks' }));
    await waitFor(() => expect(rangesAsked(journal)).toEqual(['3m', '4w']));
    const heading = await screen.findByRole('heading', { level: 3, name: 'Walking' });
    const walking = within(heading.closest('section') as HTMLElement);
    await user.type(walking.getByRole('textbox', { name: /Minutes walked/ }), '25');
    await user.click(walking.getByRole('button', { name: 'Save walking' }));
    await waitFor(() => expect(journal.callsTo('set_walking')).toHaveLength(1));
    await waitFor(() => expect(rangesAsked(journal)).toEqual(['3m', '4w', '4w']));
  });
});
