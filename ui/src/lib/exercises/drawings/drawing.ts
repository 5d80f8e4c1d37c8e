// An exercise drawing ready to show: the figure for one position, framed
// together with the other position of the same exercise so the pair lines up,
// and the Fluent ids of its words.
import { figure, frame, type Figure } from './kit';
import { EXERCISE_DRAWING_IDS, POSES, type ExerciseDrawingId, type Stage } from './poses';

export interface ExerciseDrawingView {
  figure: Figure;
  /** Where moved limbs were at the start, as dashed lines (end drawings only). */
  ghosts: string[];
  viewBox: string;
  floor: { x1: number; x2: number; y: number };
}

const cache = new Map<string, ExerciseDrawingView>();

export function exerciseDrawing(exercise: ExerciseDrawingId, stage: Stage): ExerciseDrawingView {
  const key = `${exercise}/${stage}`;
  let view = cache.get(key);
  if (!view) {
    const pair = { start: figure(POSES[exercise].start), end: figure(POSES[exercise].end) };
    const { viewBox, floor } = frame([pair.start, pair.end]);
    const ghosts = (POSES[exercise].end.ghost ?? []).flatMap((name) => pair.start.lines[name] ?? []);
    cache.set(`${exercise}/start`, { figure: pair.start, ghosts: [], viewBox, floor });
    cache.set(`${exercise}/end`, { figure: pair.end, ghosts, viewBox, floor });
    view = cache.get(key)!;
  }
  return view;
}

/** The drawing's short name, e.g. "Glute bridge: start position". */
export const drawingTitleId = (exercise: ExerciseDrawingId, stage: Stage): string =>
  `exercise-drawing-${exercise}-${stage}-title`;

/** What the drawing shows, in words, for someone who cannot see it. */
export const drawingAltId = (exercise: ExerciseDrawingId, stage: Stage): string =>
  `exercise-drawing-${exercise}-${stage}-alt`;

/** The drawing of a library exercise: drawings carry the exercise's own id. */
export function drawingFor(exerciseId: string): ExerciseDrawingId | undefined {
  return (EXERCISE_DRAWING_IDS as readonly string[]).includes(exerciseId)
    ? (exerciseId as ExerciseDrawingId)
    : undefined;
}
