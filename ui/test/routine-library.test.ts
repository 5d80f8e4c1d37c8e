// The exercise library and one exercise, as a person uses them: search,
// filters, the announced count, clearing, opening, and the detail's steps,
// stop line and drawings. The real library, generated from relief-core.
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import LIBRARY from '../../tests/fixtures/exercise-library.json';
import type { Exercise } from '../src/lib/ipc/bindings/Exercise';
import ExerciseDetail from '../src/views/routine/ExerciseDetail.svelte';
import Library from '../src/views/routine/Library.svelte';
import { clearFilters } from '../src/views/routine/library/filters.svelte';

const library = LIBRARY as Exercise[];

function showLibrary() {
  const user = userEvent.setup();
  const onopen = vi.fn();
  render(Library, { library, onopen });
  return { user, onopen };
}

/** The names of the exercises listed, in order. */
function listed(): string[] {
  const list = screen.queryByRole('list', { name: 'Exercises' });
  if (!list) return [];
  return within(list)
    .getAllByRole('button')
    .map((button) => button.textContent!.trim());
}

const status = () => screen.getByRole('status');
const fieldset = (legend: string) => screen.getByRole('group', { name: legend });

beforeEach(() => clearFilters());

describe('the exercise library', () => {
  it('shows all 12 exercises with name, purpose, position and starting dose', () => {
    showLibrary();
    expect(screen.getByRole('heading', { level: 1, name: 'Exercise library' })).toHaveAttribute('tabindex', '-1');
    expect(listed()).toHaveLength(12);
    expect(status()).toHaveTextContent('Showing all 12 exercises.');
    // The button's name is just the exercise's; the rest describes it.
    const bridge = screen.getByRole('button', { name: 'Glute bridge' });
    expect(bridge).toHaveAccessibleDescription(
      'Strengthens your buttocks, hips and trunk. Strength Lying down Start with 5 holds of 5 seconds',
    );
    const walking = screen.getByRole('button', { name: 'Walking' }).parentElement!;
    expect(walking).toHaveTextContent(/Fitness\s*Walking\s*Start with 10 minutes/);
  });

  it('searches the words, ignoring case, and announces the count', async () => {
    const { user } = showLibrary();
    const search = screen.getByRole('searchbox', { name: 'Search the exercises' });
    await user.type(search, 'BRIDGE');
    expect(listed()).toEqual(['Glute bridge', 'Side bridge with knees bent']);
    expect(status()).toHaveTextContent('2 exercises match.');
    // Steps and key points count too: only walking mentions shoes.
    await user.clear(search);
    await user.type(search, 'shoes');
    expect(listed()).toEqual(['Walking']);
    expect(status()).toHaveTextContent('1 exercise matches.');
    // Punctuation and word order do not matter.
    await user.clear(search);
    await user.type(search, 'camel cat');
    expect(listed()).toEqual(['Cat–camel']);
  });

  it('filters by position and by purpose, together with the search', async () => {
    const { user } = showLibrary();
    await user.click(within(fieldset('Position')).getByRole('radio', { name: 'Walking' }));
    expect(listed()).toEqual(['Walking']);
    await user.click(within(fieldset('Position')).getByRole('radio', { name: 'Standing' }));
    expect(listed()).toEqual([]);
    expect(status()).toHaveTextContent('No exercises match.');
    await user.click(within(fieldset('Position')).getByRole('radio', { name: 'On hands and knees' }));
    expect(listed()).toEqual(['Cat–camel', 'Bottom to heels', 'Bird dog']);

    await user.click(within(fieldset('Position')).getByRole('radio', { name: 'All' }));
    await user.click(within(fieldset('What it is for')).getByRole('radio', { name: 'Strength' }));
    expect(listed()).toEqual(['Glute bridge', 'Curl-up', 'Side bridge with knees bent']);
    expect(status()).toHaveTextContent('3 exercises match.');
    await user.type(screen.getByRole('searchbox'), 'side');
    expect(listed()).toEqual(['Side bridge with knees bent']);
  });

  it('offers a way out when nothing matches, and clearing restores all 12', async () => {
    const { user } = showLibrary();
    await user.click(within(fieldset('What it is for')).getByRole('radio', { name: 'Fitness' }));
    await user.type(screen.getByRole('searchbox'), 'bridge');
    expect(listed()).toEqual([]);
    expect(screen.getByText(/clear the search and filters to see every exercise again/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear search and filters' }));
    expect(listed()).toHaveLength(12);
    expect(status()).toHaveTextContent('Showing all 12 exercises.');
    expect(screen.getByRole('searchbox')).toHaveValue('');
    expect(screen.getByRole('searchbox')).toHaveFocus();
    expect(within(fieldset('What it is for')).getByRole('radio', { name: 'All' })).toBeChecked();
  });

  it('opens an exercise with its id, and Enter in the search goes to the first result', async () => {
    const { user, onopen } = showLibrary();
    await user.click(screen.getByRole('button', { name: 'Knee rolls' }));
    expect(onopen).toHaveBeenCalledWith('knee-rolls');
    await user.type(screen.getByRole('searchbox'), 'bird{Enter}');
    expect(screen.getByRole('button', { name: 'Bird dog' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onopen).toHaveBeenLastCalledWith('bird-dog');
  });
});

describe('one exercise', () => {
  const show = (id: string) => {
    const onback = vi.fn();
    render(ExerciseDetail, { exercise: library.find((e) => e.id === id)!, onback });
    return { onback, user: userEvent.setup() };
  };

  it('shows the name, facts, steps in order, key points, progression and the stop line', async () => {
    const { onback, user } = show('glute-bridge');
    expect(screen.getByRole('heading', { level: 1, name: 'Glute bridge' })).toHaveAttribute('tabindex', '-1');
    expect(screen.getByText('Strengthens your buttocks, hips and trunk.')).toBeInTheDocument();
    expect(screen.getByText('Start with').nextElementSibling).toHaveTextContent('5 holds of 5 seconds');
    expect(screen.getByText('Position').nextElementSibling).toHaveTextContent('Lying down');
    expect(screen.getByText('Check these amounts with your physiotherapist or clinic.')).toBeInTheDocument();

    const steps = within(screen.getByRole('region', { name: 'How to do it' })).getAllByRole('listitem');
    expect(steps.map((li) => li.textContent)).toEqual([
      'Lie on your back with your knees bent and your feet flat, hip-width apart.',
      'Squeeze your buttocks and lift your hips off the floor.',
      'Hold for about 3 breaths.',
      'Lower your hips slowly back down.',
    ]);
    expect(steps[0].parentElement!.tagName).toBe('OL');
    expect(within(screen.getByRole('region', { name: 'Key points' })).getAllByRole('listitem')).toHaveLength(2);
    expect(screen.getByRole('region', { name: 'How it builds' })).toHaveTextContent(/build up to 2 sets of 10/);
    const stop = screen.getByRole('region', { name: 'When to stop' });
    const lines = [...stop.querySelectorAll(':scope > p')].map((p) => p.textContent);
    expect(lines).toEqual([
      'It is normal to feel a bit sore while you get stronger. Hurt does not always mean harm, so build up from what you managed last time.',
      'Stop and ask your clinic if this makes your pain clearly worse, or if something new starts, such as pain down a leg. If a leg goes numb or weak and stays that way, or both legs do, it is an emergency. Open Get help.',
    ]);

    await user.click(screen.getByRole('button', { name: 'Back to the library' }));
    expect(onback).toHaveBeenCalledOnce();
  });

  it('opens Get help from the stop line, and gives focus back to its button', async () => {
    const { user } = show('side-bridge');
    const stop = screen.getByRole('region', { name: 'When to stop' });
    const opener = within(stop).getByRole('button', { name: 'Get help' });
    await user.click(opener);
    const help = screen.getByRole('dialog', { name: 'Get help' });
    expect(help).toHaveAttribute('open');
    expect(help).toHaveTextContent(/weakness or numbness in a leg that does not go away/);
    await user.click(within(help).getByRole('button', { name: 'Close' }));
    expect(help).not.toHaveAttribute('open');
    expect(opener).toHaveFocus();
  });

  it('builds the side bridge to 2 holds of 30 seconds on each side, not 3', () => {
    show('side-bridge');
    expect(screen.getByText('Start with').nextElementSibling).toHaveTextContent('2 holds of 10 seconds');
    expect(screen.getByText('Build up to').nextElementSibling).toHaveTextContent('2 holds of 30 seconds');
    expect(screen.getByRole('region', { name: 'How it builds' })).toHaveTextContent(
      /up to 2 holds of 20 to 30 seconds on each side/,
    );
  });

  it('shows the start and end drawings with accessible names', () => {
    show('glute-bridge');
    const drawings = within(screen.getByRole('region', { name: 'What it looks like' })).getAllByRole('img');
    expect(drawings).toHaveLength(2);
    expect(drawings[0]).toHaveAccessibleName(/^Glute bridge: start position/);
    expect(drawings[1]).toHaveAccessibleName(/^Glute bridge: end position/);
  });

  it('has drawings and words for every exercise in the library', () => {
    for (const exercise of library) {
      const { unmount } = render(ExerciseDetail, { exercise, onback: () => {} });
      expect(screen.getAllByRole('img'), exercise.id).toHaveLength(2);
      expect(document.body.textContent, exercise.id).not.toMatch(/exercise-[a-z-]+-(name|step|key|stop)/);
      unmount();
    }
  });

  it('shows where the dose builds to only when it grows', () => {
    show('walking');
    expect(screen.getByText('Build up to').nextElementSibling).toHaveTextContent('30 minutes');
  });
});
