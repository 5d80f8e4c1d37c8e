// The one door to Rust. Views call these typed functions; nothing else in the
// UI imports @tauri-apps/*. A failed command rejects with an ApiError.
import { invoke } from '@tauri-apps/api/core';
import type { ApiError } from './bindings/ApiError';
import type { Notice } from './bindings/Notice';
import type { PainDraft } from './bindings/PainDraft';
import type { PainEntry } from './bindings/PainEntry';
import type { Preferences } from './bindings/Preferences';
import type { StartupStatus } from './bindings/StartupStatus';
import type { Theme } from './bindings/Theme';
import { toApiError } from './error';

export type { ApiError, Notice, PainDraft, PainEntry, Preferences, StartupStatus, Theme };
export { toApiError };

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (thrown) {
    throw toApiError(thrown);
  }
}

export const startupStatus = () => call<StartupStatus>('startup_status');

export const getPreferences = () => call<Preferences>('get_preferences');
export const setPreferences = (preferences: Preferences) =>
  call<Preferences>('set_preferences', { preferences });

export const logPain = (draft: PainDraft) => call<PainEntry>('log_pain', { draft });
export const updatePain = (id: number, draft: PainDraft) =>
  call<PainEntry>('update_pain', { id, draft });
export const deletePain = (id: number) => call<PainEntry>('delete_pain', { id });
export const undoDeletePain = (id: number) => call<PainEntry>('undo_delete_pain', { id });
export const recentPain = (limit: number) => call<PainEntry[]>('recent_pain', { limit });

let readySent = false;
/** Tells Rust the first meaningful screen is on show. Only the first call counts. */
export async function uiReady(): Promise<void> {
  if (readySent) return;
  readySent = true;
  try {
    await call<null>('ui_ready');
  } catch {
    // Nothing a person can do about a missed timing signal; the app works on.
  }
}

/** For tests only: forget that ui_ready was sent. */
export function resetUiReadyForTests(): void {
  readySent = false;
}
