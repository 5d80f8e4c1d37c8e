// The Export page against the fake Rust side: what each button asks Rust to
// make (format, dates per choice, name, date of birth, paper, source), the
// "Saved: " line, a cancel that says nothing, problems beside their fields
// (with what was typed kept), one file window at a time, and the restore
// preview with its counts, choice and token.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { RecordCounts } from '../src/lib/ipc/bindings/RecordCounts';
import type { Timeline } from '../src/lib/ipc/bindings/Timeline';
import { formatDay, localDaysFromToday, localToday } from '../src/lib/procedure';
import { review } from '../src/lib/review.svelte';
import Export from '../src/views/Export.svelte';
import { defaultPaper, typedDate } from '../src/views/export/choices';
import { entry, fakeJournal, type FakeOptions } from './fake-journal';

const PROCEDURE_DATE = localDaysFromToday(-40);
const TIMELINE: Timeline = {
  procedureId: 1,
  procedureDate: PROCEDURE_DATE,
  position: { phase: 'relief-builds', here: { unit: 'week', count: 6 }, daysSince: 40 },
  phases: [],
};

const counts = (n: Partial<RecordCounts>): RecordCounts => ({
  procedures: 0, painEntries: 0, sessions: 0, plans: 0, walkingDays: 0, measures: 0, reminders: 0, ...n,
});

const BACKUP = {
  fileName: 'relief-window-backup-2026-11-30.json',
  inFile: counts({ procedures: 1, painEntries: 120, sessions: 48, plans: 2, walkingDays: 30, measures: 3, reminders: 2 }),
  newInMerge: counts({ painEntries: 12, sessions: 5, walkingDays: 4 }),
};

async function openExport(options: FakeOptions = {}, props: Record<string, unknown> = {}) {
  const journal = fakeJournal(options);
  const user = userEvent.setup();
  const onreview = vi.fn();
  const onrestored = vi.fn();
  render(Export, { props: { onreview, onrestored, ...props } });
  await screen.findByRole('heading', { level: 1, name: 'Export' });
  await screen.findByRole('heading', { level: 2, name: /Report/ });
  return { journal, user, onreview, onrestored };
}

/** The section headed `name`. */
function section(name: string | RegExp) {
  return within(screen.getByRole('heading', { level: 2, name }).closest('section') as HTMLElement);
}

const report = () => section('Report for your physiotherapist');

async function typeDate(user: ReturnType<typeof userEvent.setup>, legend: string | RegExp, date: string) {
  const [year, month, day] = date.split('-');
  const group = within(screen.getByRole('group', { name: legend }));
  await user.clear(group.getByRole('textbox', { name: 'Day' }));
  await user.type(group.getByRole('textbox', { name: 'Day' }), day);
  await user.clear(group.getByRole('textbox', { name: 'Month' }));
  await user.type(group.getByRole('textbox', { name: 'Month' }), month);
  await user.clear(group.getByRole('textbox', { name: 'Year' }));
  await user.type(group.getByRole('textbox', { name: 'Year' }), year);
}

describe('Export: what each button asks for', () => {
  it('shows the sections with their words, and no review without clinician mode', async () => {
    await openExport();
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Report for your physiotherapist',
      'Your records as spreadsheets (CSV)',
      "For your clinic's records system (FHIR)",
      'Backup and restore',
    ]);
    for (const name of ['Save the report…', 'Save CSV files…', 'Save a FHIR file…', 'Save a backup…', 'Restore from a backup…']) {
      expect(screen.getByRole('button', { name })).toBeInTheDocument();
    }
    expect(screen.queryByRole('button', { name: "Open a patient's backup to review…" })).not.toBeInTheDocument();
    // Each button says what its file is for.
    expect(screen.getByRole('button', { name: 'Save the report…' })).toHaveAccessibleDescription(/A short PDF your physiotherapist can read in a minute/);
  });

  it('sends the report since the procedure by default, with nothing about the person unless filled in', async () => {
    const { journal, user } = await openExport({ timeline: TIMELINE });
    expect(report().getByRole('radio', { name: 'Since your procedure' })).toBeChecked();
    await user.click(report().getByRole('radio', { name: 'A4' }));
    await user.click(screen.getByRole('button', { name: 'Save the report…' }));
    const path = `/home/pat/relief-window-report-${localToday()}.pdf`;
    expect(await report().findByRole('status')).toHaveTextContent(`Saved: ${path}`);
    expect(journal.exports).toEqual([{ choices: { format: 'pdf', since: PROCEDURE_DATE, paper: 'a4' }, source: 'journal', path }]);
  });

  it('sends the name, date of birth and Letter paper when chosen', async () => {
    const { journal, user } = await openExport({ timeline: TIMELINE });
    await user.type(report().getByRole('textbox', { name: 'Your name (optional)' }), '  Pat Jones ');
    await typeDate(user, /Date of birth/, '1956-04-09');
    await user.click(report().getByRole('radio', { name: 'Letter (US)' }));
    await user.click(screen.getByRole('button', { name: 'Save the report…' }));
    await waitFor(() => expect(journal.exports).toHaveLength(1));
    expect(journal.exports[0].choices).toEqual({
      format: 'pdf', since: PROCEDURE_DATE, name: 'Pat Jones', birthDate: '1956-04-09', paper: 'letter',
    });
    expect(report().getByRole('textbox', { name: 'Your name (optional)' })).toHaveAccessibleDescription('Printed on the report only if you fill it in.');
  });

  it.each([
    ['Last 3 months', { since: localDaysFromToday(-90) }],
    ['Last 12 months', { since: localDaysFromToday(-364) }],
    ['All your records', {}],
  ])('"%s" sends the matching dates, ending today', async (choice, dates) => {
    const { journal, user } = await openExport({ timeline: TIMELINE });
    await user.click(report().getByRole('radio', { name: choice }));
    await user.click(screen.getByRole('button', { name: 'Save the report…' }));
    await waitFor(() => expect(journal.exports).toHaveLength(1));
    expect(journal.exports[0].choices).toEqual({ format: 'pdf', ...dates, paper: defaultPaper() });
  });

  it('"Choose dates" sends the typed From and To; empty boxes mean the first record and today', async () => {
    const { journal, user } = await openExport();
    // No procedure recorded: that choice is not offered, and 3 months is first.
    expect(report().queryByRole('radio', { name: 'Since your procedure' })).not.toBeInTheDocument();
    expect(report().getByRole('radio', { name: 'Last 3 months' })).toBeChecked();
    await user.click(report().getByRole('radio', { name: 'Choose dates' }));
    await user.click(screen.getByRole('button', { name: 'Save the report…' }));
    await waitFor(() => expect(journal.exports).toHaveLength(1));
    expect(journal.exports[0].choices).toEqual({ format: 'pdf', paper: defaultPaper() });

    await typeDate(user, /^From/, '2026-01-05');
    await typeDate(user, /^To/, '2026-02-28');
    await user.click(screen.getByRole('button', { name: 'Save the report…' }));
    await waitFor(() => expect(journal.exports).toHaveLength(2));
    expect(journal.exports[1].choices).toEqual({ format: 'pdf', since: '2026-01-05', until: '2026-02-28', paper: defaultPaper() });
    // The other files say they cover the same dates.
    expect(section('Your records as spreadsheets (CSV)').getByText(
      `Your records as CSV files, in one zip file, for a spreadsheet program such as LibreOffice Calc or Microsoft Excel. They cover the same dates as the report: from ${formatDay('2026-01-05')} to ${formatDay('2026-02-28')}.`,
    )).toBeInTheDocument();
  });

  it('CSV and FHIR share the report’s dates; FHIR carries the name, neither the paper; a backup is everything', async () => {
    const { journal, user } = await openExport({ timeline: TIMELINE });
    await user.click(report().getByRole('radio', { name: 'Last 12 months' }));
    await user.type(report().getByRole('textbox', { name: 'Your name (optional)' }), 'Pat Jones');
    expect(section('Your records as spreadsheets (CSV)').getByText(/They cover the same dates as the report: the last 12 months\./)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Save CSV files…' }));
    await waitFor(() => expect(journal.exports).toHaveLength(1));
    await user.click(screen.getByRole('button', { name: 'Save a FHIR file…' }));
    await waitFor(() => expect(journal.exports).toHaveLength(2));
    await user.click(screen.getByRole('button', { name: 'Save a backup…' }));
    await waitFor(() => expect(journal.exports).toHaveLength(3));

    const since = localDaysFromToday(-364);
    expect(journal.exports.map((e) => [e.choices, e.source])).toEqual([
      [{ format: 'csv', since }, 'journal'],
      [{ format: 'fhir', since, name: 'Pat Jones' }, 'journal'],
      [{ format: 'backup' }, 'journal'],
    ]);
    const today = localToday();
    expect(section('Your records as spreadsheets (CSV)').getByRole('status')).toHaveTextContent(`Saved: /home/pat/relief-window-csv-${today}.zip`);
    expect(section("For your clinic's records system (FHIR)").getByRole('status')).toHaveTextContent(`Saved: /home/pat/relief-window-fhir-${today}.json`);
    expect(section('Backup and restore').getAllByRole('status')[0]).toHaveTextContent(`Saved: /home/pat/relief-window-backup-${today}.json`);
  });

  it('a cancelled Save window says nothing', async () => {
    const { journal, user } = await openExport({ exportPath: null });
    await user.click(screen.getByRole('button', { name: 'Save the report…' }));
    await waitFor(() => expect(journal.callsTo('export_file')).toHaveLength(1));
    expect(report().getByRole('status').textContent).toBe('');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('opens one Save window at a time: buttons are busy while one is open', async () => {
    let close!: () => void;
    const { journal } = await openExport({ dialogsOpenUntil: new Promise<void>((done) => (close = done)) });
    const button = screen.getByRole('button', { name: 'Save the report…' });
    await fireEvent.click(button);
    await fireEvent.click(button);
    await fireEvent.click(screen.getByRole('button', { name: 'Save a backup…' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Restore from a backup…' }));
    expect(journal.calls.filter((c) => ['export_file', 'open_restore'].includes(c.cmd))).toHaveLength(1);
    for (const b of screen.getAllByRole('button')) expect(b).toHaveAttribute('aria-disabled', 'true');
    close();
    expect(await report().findByText(/^Saved: /)).toBeInTheDocument();
    expect(button).toHaveAttribute('aria-disabled', 'false');
  });

  it('shows a problem that is not about a field beside the button', async () => {
    const { user } = await openExport({
      failNext: { export_file: { code: 'export_failed', message: 'The file could not be made. Nothing was saved. Please try again.' } },
    });
    await user.click(screen.getByRole('button', { name: 'Save CSV files…' }));
    expect(await section('Your records as spreadsheets (CSV)').findByRole('alert')).toHaveTextContent('The file could not be made.');
  });
});

describe('Export: problems beside their fields', () => {
  it('a From date after today is shown at From, focused, and what was typed stays', async () => {
    const { journal, user } = await openExport();
    await user.click(report().getByRole('radio', { name: 'Choose dates' }));
    const tomorrow = localDaysFromToday(1);
    await typeDate(user, /^From/, tomorrow);
    await user.type(report().getByRole('textbox', { name: 'Your name (optional)' }), 'Pat');
    // Pressed in another section: the problem is still shown at its field.
    await user.click(screen.getByRole('button', { name: 'Save CSV files…' }));
    const from = screen.getByRole('group', { name: /^From/ });
    const alert = await within(from.closest('.field') as HTMLElement).findByRole('alert');
    expect(alert).toHaveTextContent('This date is after today. Please choose today or an earlier day.');
    expect(journal.exports).toHaveLength(0);
    expect(within(from).getByRole('textbox', { name: 'Day' })).toHaveFocus();
    expect(within(from).getByRole('textbox', { name: 'Year' })).toHaveValue(tomorrow.slice(0, 4));
    expect(report().getByRole('textbox', { name: 'Your name (optional)' })).toHaveValue('Pat');
    expect(section('Your records as spreadsheets (CSV)').getByRole('status').textContent).toBe('');
  });

  it('dates in the wrong order are shown at To', async () => {
    const { user } = await openExport();
    await user.click(report().getByRole('radio', { name: 'Choose dates' }));
    await typeDate(user, /^From/, '2026-02-10');
    await typeDate(user, /^To/, '2026-01-10');
    await user.click(screen.getByRole('button', { name: 'Save the report…' }));
    const to = screen.getByRole('group', { name: /^To/ });
    expect(await within(to.closest('.field') as HTMLElement).findByRole('alert')).toHaveTextContent('The last day comes before the first.');
  });

  it('a date that does not exist is caught before asking Rust', async () => {
    const { journal, user } = await openExport();
    await typeDate(user, /Date of birth/, '1956-02-31');
    await user.click(screen.getByRole('button', { name: 'Save the report…' }));
    const birth = screen.getByRole('group', { name: /Date of birth/ });
    expect(await within(birth.closest('.field') as HTMLElement).findByRole('alert')).toHaveTextContent('That date does not exist.');
    expect(journal.callsTo('export_file')).toHaveLength(0);
  });

  it('a date of birth after today is shown at the date of birth', async () => {
    const { user } = await openExport();
    await typeDate(user, /Date of birth/, localDaysFromToday(3));
    await user.click(screen.getByRole('button', { name: 'Save a FHIR file…' }));
    const birth = screen.getByRole('group', { name: /Date of birth/ });
    expect(await within(birth.closest('.field') as HTMLElement).findByRole('alert')).toHaveTextContent('This date is after today.');
    expect(within(birth).getByRole('textbox', { name: 'Day' })).toHaveFocus();
  });

  it('a name that is too long is shown at the name, which is marked invalid', async () => {
    const { user } = await openExport();
    const name = report().getByRole('textbox', { name: 'Your name (optional)' });
    await user.click(name);
    await user.paste('P'.repeat(121));
    await user.click(screen.getByRole('button', { name: 'Save the report…' }));
    await waitFor(() => expect(name).toHaveAttribute('aria-invalid', 'true'));
    expect(name).toHaveAccessibleDescription(/The name is too long\. Please shorten it\./);
    expect(name).toHaveFocus();
    expect(name).toHaveValue('P'.repeat(121));
  });
});

describe('Export: restore', () => {
  it('previews the backup with its counts and restores with the chosen mode and token', async () => {
    const { journal, user, onrestored } = await openExport({
      restoreFile: BACKUP,
      entries: [entry(1, 4, '2026-03-01T09:00:00+00:00'), entry(2, 5, '2026-03-02T09:00:00+00:00')],
    });
    await user.click(screen.getByRole('button', { name: 'Restore from a backup…' }));
    const heading = await screen.findByRole('heading', { level: 3, name: 'Before you restore' });
    expect(heading).toHaveFocus();
    const preview = within(screen.getByRole('region', { name: 'Before you restore' }));
    expect(preview.getByText(BACKUP.fileName)).toBeInTheDocument();
    const table = preview.getByRole('table', { name: 'Records in the backup and in your journal' });
    const rows = [...table.querySelectorAll('tr')].map((r) => [...r.children].map((c) => c.textContent));
    expect(rows).toEqual([
      ['Records', 'In the backup', 'New if added', 'In your journal now'],
      ['Procedures', '1', '0', '0'],
      ['Pain entries', '120', '12', '2'],
      ['Exercise sessions', '48', '5', '0'],
      ['Exercise plans', '2', '0', '0'],
      ['Days of walking', '30', '4', '0'],
      ['Measures (PSFS, ODI, RMDQ)', '3', '0', '0'],
      ['Reminders', '2', '0', '0'],
    ]);
    expect(preview.getByRole('radio', { name: 'Add what is new (keep everything you have)' })).toBeChecked();
    expect(preview.getByText(/Nothing in your journal is changed or taken away/)).toBeInTheDocument();

    await user.click(preview.getByRole('radio', { name: 'Replace your journal with the backup' }));
    expect(preview.getByText(/Your journal as it is now is saved first, automatically/)).toBeInTheDocument();
    await user.click(preview.getByRole('button', { name: 'Restore' }));

    await waitFor(() => expect(journal.restores).toEqual([{ token: 1, choice: 'replace' }]));
    const status = await screen.findByText(/^Restored: /);
    expect(status).toHaveTextContent(/^Restored: 206 records\. Your journal as it was is saved as journal-\d{8}T\d{6}\.\d{3}Z-before-restore\.sqlite3\.$/);
    expect(screen.queryByRole('region', { name: 'Before you restore' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Restore from a backup…' })).toHaveFocus();
    expect(onrestored).toHaveBeenCalledTimes(1);
  });

  it('adds what is new by default, with the latest preview’s token', async () => {
    const { journal, user } = await openExport({ restoreFile: BACKUP });
    await user.click(screen.getByRole('button', { name: 'Restore from a backup…' }));
    await screen.findByRole('heading', { level: 3, name: 'Before you restore' });
    // Opening the file again replaces the preview (and Rust's token).
    await user.click(screen.getByRole('button', { name: 'Restore from a backup…' }));
    await waitFor(() => expect(journal.callsTo('open_restore')).toHaveLength(2));
    await user.click(await screen.findByRole('button', { name: 'Restore' }));
    await waitFor(() => expect(journal.restores).toEqual([{ token: 2, choice: 'merge' }]));
    expect(await screen.findByText(/^Restored: 21 records\./)).toBeInTheDocument();
  });

  it('Cancel tells Rust, changes nothing and returns focus', async () => {
    const { journal, user, onrestored } = await openExport({ restoreFile: BACKUP });
    await user.click(screen.getByRole('button', { name: 'Restore from a backup…' }));
    await user.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(journal.callsTo('cancel_restore')).toHaveLength(1);
    expect(journal.restores).toEqual([]);
    expect(screen.queryByRole('region', { name: 'Before you restore' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Restore from a backup…' })).toHaveFocus();
    expect(screen.getByText('Nothing was restored. Your journal is as it was.')).toBeInTheDocument();
    expect(onrestored).not.toHaveBeenCalled();
  });

  it('a cancelled Open window says nothing; a refused file says why', async () => {
    const { journal, user } = await openExport({ restoreFile: null });
    await user.click(screen.getByRole('button', { name: 'Restore from a backup…' }));
    await waitFor(() => expect(journal.callsTo('open_restore')).toHaveLength(1));
    expect(screen.queryByRole('region', { name: 'Before you restore' })).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    journal.failNext('open_restore', {
      code: 'backup_unsupported_version',
      message: 'This backup was made by a newer version of Relief Window (version 9). Please update the app, then try again. Nothing was changed.',
    });
    await user.click(screen.getByRole('button', { name: 'Restore from a backup…' }));
    expect(await section('Backup and restore').findByRole('alert')).toHaveTextContent('made by a newer version of Relief Window (version 9)');
  });

  it('an out-of-date preview says so and stays', async () => {
    const { journal, user } = await openExport({ restoreFile: BACKUP });
    await user.click(screen.getByRole('button', { name: 'Restore from a backup…' }));
    journal.failNext('confirm_restore', { code: 'restore_expired', message: 'That restore preview is out of date. Please open the backup again.' });
    await user.click(await screen.findByRole('button', { name: 'Restore' }));
    const preview = within(screen.getByRole('region', { name: 'Before you restore' }));
    expect(await preview.findByRole('alert')).toHaveTextContent('out of date');
  });
});

describe('Export: clinician mode and review', () => {
  it('offers opening a patient’s backup, and goes on when one opened', async () => {
    const info = { fileName: 'pat-backup.json', painEntries: 200, sessions: 80 };
    const { user, onreview } = await openExport({ reviewFile: info }, { clinicianMode: true });
    const box = section("Review a patient's file (for physiotherapists)");
    expect(box.getByText(/It opens read-only: their file and your own journal are never changed\./)).toBeInTheDocument();
    await user.click(box.getByRole('button', { name: "Open a patient's backup to review…" }));
    await waitFor(() => expect(onreview).toHaveBeenCalledTimes(1));
    expect(review.info).toEqual(info);
  });

  it('a cancelled review window changes nothing', async () => {
    const { journal, user, onreview } = await openExport({ reviewFile: null }, { clinicianMode: true });
    await user.click(screen.getByRole('button', { name: "Open a patient's backup to review…" }));
    await waitFor(() => expect(journal.callsTo('open_review')).toHaveLength(1));
    expect(onreview).not.toHaveBeenCalled();
    expect(review.info).toBeNull();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('while reviewing, the report, CSV and FHIR come from the file; the backup is still the journal', async () => {
    review.info = { fileName: 'pat-backup.json', painEntries: 200, sessions: 80 };
    const { journal, user } = await openExport({ review: review.info, timeline: TIMELINE }, { clinicianMode: true });
    expect(screen.getByText(/You are reviewing pat-backup\.json\. The report, the spreadsheets and the FHIR file below are made from that file\./)).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      "Report from the patient's file",
      "The patient's records as spreadsheets (CSV)",
      "The patient's records for a records system (FHIR)",
      'Backup and restore of your own journal',
      "Review a patient's file (for physiotherapists)",
    ]);
    // The file's procedure is not the physio's own: that choice is not offered.
    const box = section("Report from the patient's file");
    expect(box.queryByRole('radio', { name: 'Since your procedure' })).not.toBeInTheDocument();
    expect(box.getByRole('radio', { name: 'All the records in the file' })).toBeInTheDocument();
    await user.type(box.getByRole('textbox', { name: "The patient's name (optional)" }), 'Pat Jones');
    for (const name of ['Save the report…', 'Save CSV files…', 'Save a FHIR file…', 'Save a backup…']) {
      await user.click(screen.getByRole('button', { name }));
    }
    await waitFor(() => expect(journal.exports).toHaveLength(4));
    expect(journal.exports.map((e) => [e.choices.format, e.source])).toEqual([
      ['pdf', 'review'],
      ['csv', 'review'],
      ['fhir', 'review'],
      ['backup', 'journal'],
    ]);
    expect(journal.exports[0].choices.name).toBe('Pat Jones');
  });
});

describe('Export: choices', () => {
  it('reads DateFields’ boxes: empty, a real day, or not a day', () => {
    expect(typedDate('0000-00-00')).toBeNull();
    expect(typedDate('')).toBeNull();
    expect(typedDate('2026-02-28')).toBe('2026-02-28');
    expect(typedDate('2026-02-29')).toBeUndefined();
    expect(typedDate('0000-00-05')).toBeUndefined();
    expect(typedDate('2026-13-01')).toBeUndefined();
  });

  it('suggests Letter paper only where it is the usual size', () => {
    expect(defaultPaper('en-US')).toBe('letter');
    expect(defaultPaper('fr-CA')).toBe('letter');
    expect(defaultPaper('en-GB')).toBe('a4');
    expect(defaultPaper('de')).toBe('a4');
  });
});
