// What the library is showing. It lives here, not in Library.svelte, so that
// coming back from an exercise finds the same search and filters, and focus
// can return to the exercise's own button.
import type { BodyPosition } from '../../../lib/ipc/bindings/BodyPosition';
import type { Purpose } from '../../../lib/ipc/bindings/Purpose';

export const ALL = 'all';
export type PurposeChoice = Purpose | typeof ALL;
export type PositionChoice = BodyPosition | typeof ALL;

export interface LibraryFilters {
  query: string;
  purpose: PurposeChoice;
  position: PositionChoice;
}

export const filters: LibraryFilters = $state({ query: '', purpose: ALL, position: ALL });

export function clearFilters(): void {
  filters.query = '';
  filters.purpose = ALL;
  filters.position = ALL;
}
