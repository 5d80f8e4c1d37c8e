// Native windows the WebDriver cannot reach. Answers the operating system's own file dialog (GTK's, on Linux) the way a
// person would with the keyboard: find the dialog window by its title, focus it,
// type the path, press Enter. xdotool sends real X key events, so the app's
// native dialog code runs exactly as it does for a person.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

async function xdotool(...args) {
  const { stdout } = await run('xdotool', args, { timeout: 20_000 });
  return stdout.trim();
}

/** Waits for a window whose title is `title`; returns its X window id. */
async function waitForWindow(title, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const ids = await xdotool('search', '--onlyvisible', '--name', `^${title}$`);
      const id = ids.split('\n').find(Boolean);
      if (id) return id;
    } catch {
      // xdotool exits 1 while nothing matches.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no window titled "${title}" appeared within ${timeoutMs} ms`);
}

async function waitGone(id, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      await xdotool('getwindowname', id);
    } catch {
      return;
    }
    const visible = await xdotool('search', '--onlyvisible', '--name', '.').catch(() => '');
    if (!visible.split('\n').includes(id)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the dialog ${id} did not close`);
}

/**
 * Types `filePath` into the file dialog titled `title` and presses Enter.
 * `mode` 'open' opens the location bar first (Ctrl+L); 'save' types into the
 * name field, which has focus, after selecting what is there. `screenshot`, a
 * PNG path, keeps a picture of the dialog.
 */
export async function answerFileDialog(title, filePath, mode, screenshot) {
  const id = await waitForWindow(title);
  await xdotool('windowfocus', '--sync', id);
  // Let GTK finish mapping and focusing the dialog's first field.
  await new Promise((r) => setTimeout(r, 700));
  if (screenshot) {
    // The whole screen, to see the dialog over the app (ImageMagick's import;
    // best effort: a missing tool costs the picture, not the test).
    await run('import', ['-window', 'root', screenshot]).catch(() => {});
  }
  await xdotool('key', '--window', id, '--clearmodifiers', mode === 'open' ? 'ctrl+l' : 'ctrl+a');
  await new Promise((r) => setTimeout(r, 200));
  await xdotool('type', '--window', id, '--delay', '20', filePath);
  await new Promise((r) => setTimeout(r, 300));
  await xdotool('key', '--window', id, 'Return');
  await waitGone(id);
}

/**
 * Asks the window titled `title` to close, as a window manager's close button
 * does (a WM_DELETE_WINDOW message; the tests' X server has no window manager).
 * Debian's python3-xlib sends it.
 */
export async function closeWindow(title) {
  const id = await waitForWindow(title);
  const script = [
    'import sys',
    'from Xlib import display, X, protocol',
    'd = display.Display()',
    'w = d.create_resource_object("window", int(sys.argv[1]))',
    'protocols = d.intern_atom("WM_PROTOCOLS")',
    'delete = d.intern_atom("WM_DELETE_WINDOW")',
    'w.send_event(protocol.event.ClientMessage(window=w, client_type=protocols, data=(32, [delete, X.CurrentTime, 0, 0, 0])), event_mask=X.NoEventMask)',
    'd.flush()',
  ].join('\n');
  await run('/usr/bin/python3', ['-c', script, id], { timeout: 20_000 });
}
