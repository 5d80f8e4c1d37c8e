// Whether a range has nothing to draw: no pain score, no active day, no
// planned or done routine, no skip, no PSFS and no ODI/RMDQ total. Then the
// page says so calmly instead of showing empty axes.
import type { ProgressView } from '../../lib/ipc/bindings/ProgressView';

export function isEmpty(view: ProgressView): boolean {
  return (
    view.pain.days.every((d) => d.readings === 0) &&
    view.activeDays.every((d) => !d.active) &&
    view.adherence.weeks.every((w) => w.planned === 0 && w.done === 0) &&
    view.adherence.exercises.length === 0 &&
    view.adherence.skips.every((s) => s.fromSessions === 0 && s.fromReminders === 0) &&
    view.psfs.length === 0 &&
    view.measures.length === 0
  );
}
