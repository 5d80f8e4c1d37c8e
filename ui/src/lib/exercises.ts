// Words for exercises, doses and plans, shared by the library, the plan and the
// guided session. The data (and what is valid) is relief-core's.
import { t } from './i18n';
import type { BodyPosition } from './ipc/bindings/BodyPosition';
import type { Dose } from './ipc/bindings/Dose';
import type { Exercise } from './ipc/bindings/Exercise';
import type { ExerciseRef } from './ipc/bindings/ExerciseRef';
import type { PlanSource } from './ipc/bindings/PlanSource';
import type { Purpose } from './ipc/bindings/Purpose';

export const PURPOSES: readonly Purpose[] = ['aerobic', 'mobility', 'core-control', 'strength'];
export const POSITIONS: readonly BodyPosition[] = ['lying', 'kneeling', 'standing', 'walking'];

export const purposeLabel = (purpose: Purpose) => t(`purpose-${purpose}`);
export const positionLabel = (position: BodyPosition) => t(`position-${position}`);
export const PLAN_SOURCES: readonly PlanSource[] = ['default', 'edited', 'file'];
export const planSourceLabel = (source: PlanSource) => t(`routine-plan-from-${source}`);

/** "2 sets of 10", "5 holds of 10 seconds", "10 minutes". */
export function formatDose(dose: Dose): string {
  switch (dose.kind) {
    case 'reps':
      return t('dose-reps', { sets: dose.sets, reps: dose.reps });
    case 'hold':
      return t('dose-hold', { sets: dose.sets, reps: dose.reps, seconds: dose.seconds });
    case 'minutes':
      return t('dose-minutes', { minutes: dose.minutes });
  }
}

/** A library exercise by id. */
export function findExercise(library: readonly Exercise[], id: string): Exercise | undefined {
  return library.find((e) => e.id === id);
}

/** The name to show for an exercise in a plan or session: the library's words,
 * or a custom exercise's own name (plain text from the person or the physio). */
export function exerciseName(ref: ExerciseRef, library: readonly Exercise[]): string {
  if (ref.kind === 'custom') return ref.name;
  const exercise = findExercise(library, ref.id);
  return exercise ? t(exercise.text.name) : ref.id;
}
