// The Learn section as a person uses it: the index, search, a topic, a
// citation to the Sources list and back, and opening a source through Rust.
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { mockIPC } from '@tauri-apps/api/mocks';
import { describe, expect, it } from 'vitest';
import { citation, SOURCES } from '../src/lib/learn/sources';
import Learn from '../src/views/Learn.svelte';

interface Call {
  cmd: string;
  args: Record<string, unknown>;
}

/** Rust's open_source, answering `answer` (null, or an ApiError to reject with). */
function fakeOpenSource(answer: null | { code: string; message: string } = null): Call[] {
  const calls: Call[] = [];
  mockIPC((cmd, args) => {
    calls.push({ cmd, args: args as Record<string, unknown> });
    if (cmd !== 'open_source') throw `command ${cmd} not found`;
    if (answer) throw answer;
    return null;
  });
  return calls;
}

function start() {
  const user = userEvent.setup();
  render(Learn);
  return { user };
}

describe('Learn', () => {
  it('lists the topics under a Learn heading, with no web links anywhere', () => {
    start();
    expect(screen.getByRole('heading', { level: 1, name: 'Learn' })).toBeInTheDocument();
    const list = screen.getByRole('heading', { level: 2, name: 'Topics' }).parentElement!;
    const names = within(list)
      .getAllByRole('button')
      .map((b) => b.textContent?.trim());
    expect(names).toContain('What RFN is');
    expect(names).toContain('Red flags: when to get help');
    expect(names).toContain('See all sources');
    expect(document.querySelector('a[href^="http"]')).toBeNull();
  });

  it('searches, announces the count politely, and opens a result with focus on its heading', async () => {
    const { user } = start();
    await user.type(screen.getByRole('searchbox', { name: 'Search Learn' }), 'multifidus');
    expect(screen.getByRole('status')).toHaveTextContent(/topics? match(es)? “multifidus”/);
    const results = screen.getByRole('list', { name: 'Search results' });
    const first = within(results).getAllByRole('button')[0];
    expect(first).toHaveTextContent('Why exercise matters now');
    expect(first).toHaveAccessibleDescription(/multifidus/i);
    await user.click(first);
    const heading = screen.getByRole('heading', { level: 1, name: 'Why exercise matters now' });
    expect(heading).toHaveFocus();
    expect(screen.getByText(/it has not been proven/)).toBeInTheDocument();
  });

  it('says so when nothing matches', async () => {
    const { user } = start();
    await user.type(screen.getByRole('searchbox', { name: 'Search Learn' }), 'xylophone');
    expect(screen.getByRole('status')).toHaveTextContent('No topics match “xylophone”. Try another word.');
    expect(screen.queryByRole('list', { name: 'Search results' })).toBeNull();
  });

  it('moves between topics, back to the index, with focus on each heading', async () => {
    const { user } = start();
    await user.click(screen.getByRole('button', { name: 'What RFN is' }));
    expect(screen.getByRole('heading', { level: 1, name: 'What RFN is' })).toHaveFocus();
    expect(screen.queryByRole('button', { name: /^Previous/ })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Next: Facet joints and your pain' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Facet joints and your pain' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Previous: What RFN is' }));
    expect(screen.getByRole('heading', { level: 1, name: 'What RFN is' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Back to all topics' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Learn' })).toHaveFocus();
  });

  it('shows the drawings with a text alternative', async () => {
    const { user } = start();
    await user.click(screen.getByRole('button', { name: 'Facet joints and your pain' }));
    expect(screen.getByRole('img', { name: /Two bones of the lower back, seen from behind/ })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /^Previous/ }));
    expect(screen.getByRole('img', { name: /Where the needle goes for RFN/ })).toHaveAccessibleName(
      /Its tip lies along the medial branch nerve/,
    );
  });

  it('follows a citation to its source, and comes back to the citation', async () => {
    const { user } = start();
    await user.click(screen.getByRole('button', { name: 'How long relief lasts, and repeats' }));
    const { number, source } = citation('mint-2017');
    const markers = screen.getAllByRole('link', { name: `Source ${number}: ${source.publisher}` });
    const marker = markers[markers.length - 1];
    expect(marker).toHaveTextContent(`[${number}]`);
    expect(marker).toHaveAttribute('href', '#learn-source-mint-2017');
    await user.click(marker);
    expect(screen.getByRole('heading', { level: 1, name: 'Sources' })).toBeInTheDocument();
    const item = document.getElementById('learn-source-mint-2017')!;
    expect(item).toHaveFocus();
    expect(item).toHaveTextContent(source.title);
    await user.click(screen.getByRole('button', { name: 'Back to How long relief lasts, and repeats' }));
    const again = screen.getAllByRole('link', { name: `Source ${number}: ${source.publisher}` });
    expect(again[again.length - 1]).toHaveFocus();
  });

  it('shows the same red flags as Get help on the red-flags topic', async () => {
    const { user } = start();
    await user.click(screen.getByRole('button', { name: 'Red flags: when to get help' }));
    const emergency = screen.getByRole('region', { name: /Call your local emergency number/ });
    expect(emergency).toHaveTextContent(/both legs/);
    expect(emergency).toHaveTextContent(/cauda equina/);
    const sameDay = screen.getByRole('region', { name: /Contact your clinic or a doctor the same day/ });
    expect(sameDay).toHaveTextContent(/redness, heat or swelling/);
    expect(sameDay).toHaveTextContent(/a fever after your procedure, with back pain that is getting worse/);
    const soon = screen.getByRole('region', { name: /Contact a doctor soon/ });
    expect(soon).toHaveTextContent(/weight loss/);
    expect(soon).toHaveTextContent(/much worse at night/);
  });
});

describe('Sources list', () => {
  it('lists every source with its number, and opens one through open_source by id', async () => {
    const calls = fakeOpenSource();
    const { user } = start();
    await user.click(screen.getByRole('button', { name: 'See all sources' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Sources' })).toHaveFocus();
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(SOURCES.length);
    const roh = SOURCES.findIndex((s) => s.id === 'roh');
    expect(items[roh]).toHaveTextContent(`[${roh + 1}] ${SOURCES[roh].title}`);
    await user.click(
      screen.getByRole('button', { name: `Open in your web browser: ${SOURCES[roh].title}` }),
    );
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]).toEqual({ cmd: 'open_source', args: { id: 'roh' } });
    expect(await within(items[roh]).findByRole('status')).toHaveTextContent('Your web browser should now show this page.');
  });

  it('shows an error from Rust with the shared error message', async () => {
    fakeOpenSource({ code: 'open_failed', message: 'Your web browser could not be opened.' });
    const { user } = start();
    await user.click(screen.getByRole('button', { name: 'See all sources' }));
    await user.click(screen.getByRole('button', { name: `Open in your web browser: ${SOURCES[0].title}` }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Your web browser could not be opened.');
  });
});
