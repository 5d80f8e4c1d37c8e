import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import App from '../src/App.svelte';

/** Render the whole app and wait until Today (or the error screen) is up. */
export async function startApp() {
  const user = userEvent.setup();
  const result = render(App);
  await screen.findByRole('heading', { level: 1 });
  return { user, ...result };
}

/** The 0–10 pain scale (a group of eleven radio buttons) in `within`'s scope. */
export function painScale(scope: Pick<typeof screen, 'getByRole'> = screen) {
  return scope.getByRole('group', { name: /Pain score/ });
}

/** The score chosen on the pain scale, or null when none is. */
export function chosenPain(scope: Pick<typeof screen, 'getByRole'> = screen): number | null {
  const checked = painScale(scope).querySelector<HTMLInputElement>('input:checked');
  return checked ? Number(checked.value) : null;
}

/** The radio button of one score on the pain scale ("6, Moderate"). */
export function painOption(score: number, scope: Pick<typeof screen, 'getByRole'> = screen): HTMLInputElement {
  return scope.getByRole('radio', { name: new RegExp(`^${score}, `) }) as HTMLInputElement;
}
