// A saved session counted as the journal counts it. Rust settles every
// exercise before it is stored (relief-core's SessionExercise::settled): each
// is done, skipped with a reason, or not done (passed over or not reached,
// marked `notDone`), so here counting is reading those marks, never guessing
// from the numbers.
import type { Session } from './ipc/bindings/Session';

export interface SessionCounts {
  done: number;
  skipped: number;
  notDone: number;
  total: number;
}

export function sessionCounts(session: Session): SessionCounts {
  const skipped = session.exercises.filter((e) => e.skipped).length;
  const notDone = session.exercises.filter((e) => !e.skipped && e.notDone).length;
  const total = session.exercises.length;
  return { done: total - skipped - notDone, skipped, notDone, total };
}
