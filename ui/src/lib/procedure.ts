// Procedure records as the UI shows them: labels for regions, levels and sides,
// and the local date as YYYY-MM-DD. The rules (what is valid) live in Rust.
import { t } from './i18n';
import type { Procedure } from './ipc/bindings/Procedure';
import type { Region } from './ipc/bindings/Region';
import type { Side } from './ipc/bindings/Side';

export const REGIONS: readonly Region[] = ['lumbar', 'thoracic', 'cervical', 'sacroiliac'];
export const SIDES: readonly Side[] = ['left', 'right', 'both'];

/** Levels per region, in the order relief-core lists them (Region::levels). */
export const LEVELS: Record<Region, readonly string[]> = {
  cervical: ['C2-C3', 'C3-C4', 'C4-C5', 'C5-C6', 'C6-C7', 'C7-T1'],
  thoracic: [
    'T1-T2', 'T2-T3', 'T3-T4', 'T4-T5', 'T5-T6', 'T6-T7',
    'T7-T8', 'T8-T9', 'T9-T10', 'T10-T11', 'T11-T12', 'T12-L1',
  ],
  lumbar: ['L1-L2', 'L2-L3', 'L3-L4', 'L4-L5', 'L5-S1'],
  sacroiliac: ['L5', 'S1', 'S2', 'S3'],
};

export const regionLabel = (region: Region) => t(`region-${region}`);
export const sideLabel = (side: Side) => t(`side-${side}`);

/** "L4-L5" is stored with a hyphen; people read it with an en dash. */
export const levelLabel = (level: string) => level.replace('-', '–');

/** Today's date where the person is, as YYYY-MM-DD (not UTC). */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The date `days` from today, as YYYY-MM-DD. */
export function localDaysFromToday(days: number, now = new Date()): string {
  const d = new Date(now.getFullYear(), now.getMonth(), now.getDate() + days);
  return localToday(d);
}

export const isPlanned = (date: string, today = localToday()) => date > today;

/** "Thursday 5 November 2026" for a YYYY-MM-DD date. Parsed as a local date:
 * `new Date('2026-11-05')` would be UTC midnight, the day before in the Americas. */
export function formatDay(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'full' }).format(
    new Date(year, month - 1, day),
  );
}

/** The clinic to call, for Get help: the phone number (and name) of the
 * procedure the window counts from, or failing that the latest other one
 * with a number. Done procedures come before planned ones. */
export function clinicContact(
  procedures: readonly Procedure[],
  today = localToday(),
): { phone: string; clinic: string | null } | null {
  const newestFirst = [...procedures].sort((a, b) => b.date.localeCompare(a.date));
  const done = newestFirst.filter((p) => p.date <= today);
  const planned = newestFirst.filter((p) => p.date > today).reverse();
  const found = [...done, ...planned].find((p) => p.clinicPhone);
  return found?.clinicPhone ? { phone: found.clinicPhone, clinic: found.clinic } : null;
}
