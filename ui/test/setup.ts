import '@testing-library/jest-dom/vitest';
import { clearMocks } from '@tauri-apps/api/mocks';
import { afterEach, beforeEach } from 'vitest';
import { resetUiReadyForTests } from '../src/lib/ipc';
import { setReader } from '../src/lib/i18n';
import { review } from '../src/lib/review.svelte';

// jsdom has <dialog> but not its modal behaviour.
if (!HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function (this: HTMLDialogElement) {
    if (!this.hasAttribute('open')) return;
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
}

// jsdom has no matchMedia; answer "no preference" to everything.
if (!window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addEventListener: () => {},
      removeEventListener: () => {},
      addListener: () => {},
      removeListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
}

beforeEach(() => {
  resetUiReadyForTests();
  // The review lives in a module for the whole app; each test starts without one.
  review.info = null;
  setReader('self');
  document.documentElement.removeAttribute('data-theme');
  document.documentElement.style.fontSize = '';
});

afterEach(() => {
  clearMocks();
});
