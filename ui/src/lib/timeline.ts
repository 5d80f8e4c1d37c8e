// Words for the relief-window timeline. Where a person stands is computed in
// Rust (relief-core timeline); this only chooses what to say about it.
import { t } from './i18n';
import type { Here } from './ipc/bindings/Here';
import type { Phase } from './ipc/bindings/Phase';

export const phaseName = (phase: Phase) => t(`phase-${phase}`);
export const phaseExpect = (phase: Phase) => t(`phase-${phase}-expect`);
export const phaseDo = (phase: Phase) => t(`phase-${phase}-do`);

/** "Week 3 after your procedure", "6 days until your procedure". */
export function hereLabel(here: Here): string {
  return t(`here-${here.unit}`, { count: here.count });
}
