import { screen, waitFor, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { fakeJournal } from './fake-journal';
import { startApp } from './helpers';

async function openSettings() {
  const started = await startApp();
  await started.user.click(
    within(screen.getByRole('navigation')).getByRole('button', { name: 'Settings' }),
  );
  return started;
}

describe('Settings', () => {
  it('applies the saved preferences at start-up', async () => {
    fakeJournal({ preferences: { theme: 'dark', textSize: 150 } });
    await startApp();
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(document.documentElement.style.fontSize).toBe('168.75%');
  });

  it('saves the theme at once and applies it as data-theme', async () => {
    const journal = fakeJournal();
    const { user } = await openSettings();
    const group = screen.getByRole('group', { name: 'Colours' });
    expect(within(group).getByRole('radio', { name: 'Same as your computer' })).toBeChecked();
    expect(document.documentElement.dataset.theme).toBe('light');

    await user.click(within(group).getByRole('radio', { name: 'High contrast' }));
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('high-contrast'));
    expect(journal.callsTo('set_preferences').at(-1)?.args).toEqual({
      preferences: { theme: 'high-contrast', textSize: 100, language: 'en', onboardingDone: true, clinicianMode: false, closeToTray: true, trayExplained: false },
    });
    expect(await screen.findByText('Your settings are saved.')).toBeInTheDocument();

    await user.click(within(group).getByRole('radio', { name: 'Dark' }));
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('dark'));
    expect(journal.preferences.theme).toBe('dark');
  });

  it('scales the root font size with the text size', async () => {
    const journal = fakeJournal();
    const { user } = await openSettings();
    const group = screen.getByRole('group', { name: 'Text size' });
    const names = within(group)
      .getAllByRole('radio')
      .map((r) => r.getAttribute('value'));
    expect(names).toEqual(['100', '125', '150', '175', '200']);
    await user.click(within(group).getByRole('radio', { name: '200 %' }));
    await waitFor(() => expect(document.documentElement.style.fontSize).toBe('225%'));
    expect(journal.preferences.textSize).toBe(200);
  });

  it('offers English as the language', async () => {
    fakeJournal();
    await openSettings();
    const select = screen.getByRole('combobox', { name: 'Language' });
    expect(select).toHaveValue('en');
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual(['English']);
  });

  it('shows an error and keeps the old look when saving fails', async () => {
    const journal = fakeJournal();
    journal.failNext('set_preferences', {
      code: 'storage_failed',
      message: 'Your entry could not be saved just now. Please try again.',
    });
    const { user } = await openSettings();
    await user.click(screen.getByRole('radio', { name: 'Dark' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('could not be saved');
    expect(document.documentElement.dataset.theme).toBe('light');
  });
});
