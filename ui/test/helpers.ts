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
