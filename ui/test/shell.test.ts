import { screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { fakeJournal } from './fake-journal';
import { startApp } from './helpers';

const SECTIONS = ['Today', 'Learn', 'Routine', 'Reminders', 'Progress', 'Export', 'Settings'];

describe('Shell', () => {
  it('has the skip link first, the landmarks, and the sections in order', async () => {
    fakeJournal();
    await startApp();
    const focusable = document.querySelectorAll('a[href], button, input, select, textarea');
    expect(focusable[0]).toHaveTextContent('Skip to main content');
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('main')).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Sections' });
    const names = within(nav)
      .getAllByRole('button')
      .map((b) => b.textContent?.trim());
    expect(names).toEqual(SECTIONS);
    expect(within(nav).getByRole('button', { name: 'Today' })).toHaveAttribute('aria-current', 'page');
  });

  it('Export opens with its heading focused, and the report first', async () => {
    fakeJournal();
    const { user } = await startApp();
    const nav = screen.getByRole('navigation');
    await user.click(within(nav).getByRole('button', { name: 'Export' }));
    const heading = screen.getByRole('heading', { level: 1, name: 'Export' });
    expect(heading).toHaveFocus();
    expect(within(nav).getByRole('button', { name: 'Export' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('button', { name: 'Today' })).not.toHaveAttribute('aria-current');
    const main = screen.getByRole('main');
    expect(main).toHaveTextContent(/Save your records in a file, to share or to keep\./);
    expect(await within(main).findByRole('button', { name: 'Save the report…' })).toBeInTheDocument();
  });

  it('opens Get help as a modal dialog with the red flags, and closes it', async () => {
    fakeJournal();
    const { user } = await startApp();
    const opener = screen.getByRole('button', { name: 'Get help' });
    await user.click(opener);
    const dialog = screen.getByRole('dialog', { name: 'Get help' });
    expect(dialog).toHaveAttribute('open');
    expect(dialog).toHaveTextContent(/Call your local emergency number/);
    expect(dialog).toHaveTextContent(/both legs/);
    expect(dialog).toHaveTextContent(/bladder or bowels/);
    expect(dialog).toHaveTextContent(/Contact your clinic or a doctor the same day if you have/);
    expect(dialog).toHaveTextContent(/a fever after your procedure, with back pain that is getting worse/);
    expect(dialog).toHaveTextContent(/Contact a doctor soon if you have/);
    expect(dialog).toHaveTextContent(/NHS Norfolk and Waveney/);
    expect(dialog).toHaveTextContent(/Royal Orthopaedic Hospital/);
    expect(dialog.querySelector('a[href]')).toBeNull();
    expect(dialog).not.toHaveTextContent(/phone number/);
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(dialog).not.toHaveAttribute('open');
    expect(opener).toHaveFocus();
  });

  it("shows the clinic's phone number beside \"contact your clinic\" when one is recorded", async () => {
    const procedure = (id: number, date: string, clinicPhone: string | null, clinic: string | null) => ({
      id, date, region: 'lumbar' as const, levels: [], side: null, clinic, clinician: null, clinicPhone, baselinePain: null, notes: null,
    });
    fakeJournal({
      procedures: [
        procedure(1, '2024-05-01', '01227 000 111', 'Old clinic'),
        procedure(2, '2026-01-10', '+44 1227 864 000', 'Kent Centre'),
        procedure(3, '2026-02-01', null, null),
      ],
    });
    const { user } = await startApp();
    await user.click(screen.getByRole('button', { name: 'Get help' }));
    const dialog = screen.getByRole('dialog', { name: 'Get help' });
    const clinic = within(dialog).getByRole('heading', { name: /Contact your clinic or a doctor the same day/ }).closest('section')!;
    // The latest procedure with a number; the newer one without is passed over.
    expect(await within(clinic).findByText('Your clinic (Kent Centre): +44 1227 864 000')).toBeInTheDocument();
  });
});
