import { screen, waitFor, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { Procedure } from '../src/lib/ipc/bindings/Procedure';
import type { Timeline } from '../src/lib/ipc/bindings/Timeline';
import { localDaysFromToday } from '../src/lib/procedure';
import { fakeJournal } from './fake-journal';
import { startApp } from './helpers';

const WEEK_3: Timeline = {
  procedureId: 1,
  procedureDate: '2026-11-05',
  position: { phase: 'relief-builds', here: { unit: 'week', count: 3 }, daysSince: 20 },
  phases: [
    { phase: 'recovery', starts: '2026-11-05', ends: '2026-11-19' },
    { phase: 'relief-builds', starts: '2026-11-19', ends: '2026-12-17' },
    { phase: 'strengthen', starts: '2026-12-17', ends: '2027-09-05' },
    { phase: 'review', starts: '2027-09-05', ends: '2028-02-05' },
    { phase: 'beyond', starts: '2028-02-05', ends: null },
  ],
};

function procedure(id: number, date: string, extra: Partial<Procedure> = {}): Procedure {
  return {
    id, date, region: 'lumbar', levels: ['L4-L5'], side: 'both', clinic: null, clinician: null,
    clinicPhone: null, baselinePain: 7, notes: null, ...extra,
  };
}

describe('First run', () => {
  it('asks for the acknowledgement, offers the procedure, then opens Today', async () => {
    const journal = fakeJournal({ preferences: { onboardingDone: false } });
    const { user } = await startApp();
    expect(screen.getByRole('heading', { level: 1, name: 'Welcome to Relief Window' })).toHaveFocus();
    expect(screen.getByText(/does not give medical advice/)).toBeInTheDocument();
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Get help' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'I understand, continue' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Your procedure' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: "I'll do this later" }));
    await user.click(await screen.findByRole('button', { name: 'Go to Today' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Today' })).toBeInTheDocument();
    expect(screen.getByRole('navigation')).toBeInTheDocument();
    expect(journal.callsTo('set_preferences').at(-1)?.args).toMatchObject({ preferences: { onboardingDone: true } });
    expect(journal.callsTo('add_procedure')).toHaveLength(0);
  });

  it('can be skipped after the acknowledgement', async () => {
    const journal = fakeJournal({ preferences: { onboardingDone: false } });
    const { user } = await startApp();
    await user.click(screen.getByRole('button', { name: 'I understand, skip the rest' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Today' })).toBeInTheDocument();
    expect(journal.preferences.onboardingDone).toBe(true);
  });

  it('records a procedure with the levels and baseline chosen', async () => {
    const journal = fakeJournal({ preferences: { onboardingDone: false } });
    const { user } = await startApp();
    await user.click(screen.getByRole('button', { name: 'I understand, continue' }));
    const date = localDaysFromToday(-20);
    const [year, month, day] = date.split('-');
    await user.type(screen.getByRole('textbox', { name: 'Day' }), String(Number(day)));
    await user.type(screen.getByRole('textbox', { name: 'Month' }), String(Number(month)));
    await user.clear(screen.getByRole('textbox', { name: 'Year' }));
    await user.type(screen.getByRole('textbox', { name: 'Year' }), year);
    await user.click(screen.getByRole('radio', { name: /Lower back/ }));
    await user.click(screen.getByRole('checkbox', { name: 'L4–L5' }));
    await user.click(screen.getByRole('checkbox', { name: 'L5–S1' }));
    await user.click(screen.getByRole('radio', { name: 'Both sides' }));
    await user.selectOptions(screen.getByLabelText('Your usual pain before the procedure'), '7');
    await user.type(screen.getByLabelText('Clinic or hospital (optional)'), 'Kent Centre');
    await user.type(screen.getByLabelText('Clinic phone number (optional)'), '01227 864 000');
    await user.click(screen.getByRole('button', { name: 'Save procedure' }));

    await waitFor(() => expect(journal.callsTo('add_procedure')).toHaveLength(1));
    expect(journal.callsTo('add_procedure')[0].args).toEqual({
      draft: {
        date, region: 'lumbar', levels: ['L4-L5', 'L5-S1'], side: 'both', clinic: 'Kent Centre',
        clinician: '', clinicPhone: '01227 864 000', baselinePain: 7, notes: '',
      },
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'You are all set' })).toBeInTheDocument();
  });
});

describe('The timeline on Today', () => {
  it('says where you are and opens the full timeline', async () => {
    fakeJournal({ timeline: WEEK_3, procedures: [procedure(1, '2026-11-05')] });
    const { user } = await startApp();
    expect(await screen.findByText('Week 3 after your procedure')).toBeInTheDocument();
    expect(screen.getByText('Relief builds')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'See your timeline' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Your procedure' })).toHaveFocus();
    const phases = within(screen.getByRole('list', { name: 'The phases of your relief window' }));
    const steps = phases.getAllByRole('listitem');
    expect(steps.map((li) => li.querySelector('.name')?.textContent)).toEqual([
      'Recovery', 'Relief builds', 'Strengthen', 'Review', 'After the usual window',
    ]);
    expect(steps[1]).toHaveAttribute('aria-current', 'step');
    expect(steps[1]).toHaveTextContent('You are here');

    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Today' })).toHaveFocus();
  });

  it('offers to record a procedure when there is none', async () => {
    fakeJournal();
    const { user } = await startApp();
    await user.click(await screen.findByRole('button', { name: 'Record your procedure' }));
    expect(await screen.findByText('You have not recorded a procedure yet.')).toBeInTheDocument();
  });
});

describe('Your procedures', () => {
  async function openProcedures(options: Parameters<typeof fakeJournal>[0]) {
    const journal = fakeJournal(options);
    const result = await startApp();
    await result.user.click(await screen.findByRole('button', { name: /See your timeline|Record your procedure/ }));
    await screen.findByRole('heading', { level: 1, name: 'Your procedure' });
    return { journal, ...result };
  }

  it('lists newest first and shows the checklist only for a planned one', async () => {
    await openProcedures({
      procedures: [procedure(1, '2025-01-10'), procedure(2, localDaysFromToday(30), { notes: '<b>bring scans</b>' })],
    });
    const items = await screen.findAllByRole('listitem');
    const records = items.filter((li) => li.classList.contains('procedure'));
    expect(records).toHaveLength(2);
    expect(within(records[0]).getByText('Planned')).toBeInTheDocument();
    expect(within(records[0]).getByRole('heading', { name: 'Before the day' })).toBeInTheDocument();
    expect(within(records[0]).getByText('<b>bring scans</b>')).toBeInTheDocument();
    expect(within(records[1]).getByText('Done')).toBeInTheDocument();
    expect(within(records[1]).queryByRole('heading', { name: 'Before the day' })).not.toBeInTheDocument();
    expect(within(records[1]).getByText('Levels: L4–L5')).toBeInTheDocument();
  });

  it('deletes with undo', async () => {
    const { user, journal } = await openProcedures({ procedures: [procedure(1, '2025-01-10')] });
    await user.click(await screen.findByRole('button', { name: /^Delete, procedure from/ }));
    const undo = await screen.findByRole('button', { name: 'Undo' });
    expect(undo).toHaveFocus();
    expect(journal.procedures.size).toBe(0);
    await user.click(undo);
    await waitFor(() => expect(journal.procedures.size).toBe(1));
    expect(await screen.findByRole('button', { name: /^Edit, procedure from/ })).toHaveFocus();
  });

  it('shows a refusal and keeps what was typed', async () => {
    const { user, journal } = await openProcedures({});
    journal.failNext('add_procedure', { code: 'date_invalid', message: 'That date does not exist.' });
    await user.click(screen.getByRole('button', { name: 'Add a procedure' }));
    await user.type(screen.getByLabelText('Notes (optional)'), 'second side');
    await user.click(screen.getByRole('button', { name: 'Save procedure' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('That date does not exist.');
    expect(screen.getByLabelText('Notes (optional)')).toHaveValue('second side');
  });
});
