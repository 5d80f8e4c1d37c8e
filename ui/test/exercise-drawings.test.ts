// The exercise drawings: every exercise has a start and an end position, each
// is an image with words for people who cannot see it, the body holds
// together (limbs reach, knees and elbows bend the right way, nothing sinks
// through the floor), and the colours all come from the theme.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { catalogIds, t } from '../src/lib/i18n';
import ExerciseDrawing from '../src/lib/exercises/drawings/ExerciseDrawing.svelte';
import ExerciseDrawingPair from '../src/lib/exercises/drawings/ExerciseDrawingPair.svelte';
import { drawingAltId, drawingTitleId, exerciseDrawing } from '../src/lib/exercises/drawings/drawing';
import { figure, turn, type Point } from '../src/lib/exercises/drawings/kit';
import { EXERCISE_DRAWING_IDS, POSES, type Stage } from '../src/lib/exercises/drawings/poses';

const STAGES: Stage[] = ['start', 'end'];
const DIR = join(__dirname, '..', 'src', 'lib', 'exercises', 'drawings');
const every = EXERCISE_DRAWING_IDS.flatMap((exercise) => STAGES.map((stage) => ({ exercise, stage })));

const sub = (a: Point, b: Point): Point => [a[0] - b[0], a[1] - b[1]];

describe('exercise drawings', () => {
  it('has the twelve exercises the library uses, each with a start and an end', () => {
    expect([...EXERCISE_DRAWING_IDS]).toEqual([
      'walking',
      'pelvic-tilt',
      'knee-rolls',
      'knee-to-chest',
      'cat-camel',
      'bottom-to-heels',
      'abdominal-drawing-in',
      'glute-bridge',
      'curl-up',
      'side-bridge',
      'bird-dog',
      'dead-bug',
    ]);
    expect(Object.keys(POSES).sort()).toEqual([...EXERCISE_DRAWING_IDS].sort());
    for (const id of EXERCISE_DRAWING_IDS) {
      expect(POSES[id].start, id).toBeDefined();
      expect(POSES[id].end, id).toBeDefined();
    }
  });

  it('has a title and a description in the catalog for every drawing, and captions', () => {
    const ids = new Set(catalogIds());
    const wanted = [
      'exercise-drawing-start',
      'exercise-drawing-end',
      ...every.flatMap(({ exercise, stage }) => [drawingTitleId(exercise, stage), drawingAltId(exercise, stage)]),
    ];
    expect(wanted.filter((id) => !ids.has(id))).toEqual([]);
    // And nothing in the file that no drawing asks for.
    const file = readFileSync(join(__dirname, '..', 'src', 'locales', 'en', 'exercise-drawings.ftl'), 'utf8');
    const defined = [...file.matchAll(/^([a-z][a-z0-9-]*) =/gm)].map((m) => m[1]);
    expect(defined.sort()).toEqual([...wanted].sort());
  });

  it.each(every)('$exercise ($stage) is an image named and described from Fluent', ({ exercise, stage }) => {
    render(ExerciseDrawing, { exercise, stage });
    const title = t(drawingTitleId(exercise, stage));
    const alt = t(drawingAltId(exercise, stage));
    expect(title).not.toBe(drawingTitleId(exercise, stage));
    expect(alt).not.toBe(drawingAltId(exercise, stage));

    const image = screen.getByRole('img');
    expect(image.tagName.toLowerCase()).toBe('svg');
    expect(image).toHaveAccessibleName(`${title} ${alt}`);
    expect(image.querySelector('title')?.textContent).toBe(title);
    expect(image.querySelector('desc')?.textContent).toBe(alt);
    // No words drawn inside the picture: they would not scale or translate.
    expect(image.querySelector('text')).toBeNull();
    expect(image.getAttribute('viewBox')).toMatch(/^-?[\d.]+ -?[\d.]+ [\d.]+ [\d.]+$/);
  });

  it('shows a pair with visible Start and End captions', () => {
    render(ExerciseDrawingPair, { exercise: 'glute-bridge' });
    const figures = screen.getAllByRole('figure');
    expect(figures.map((f) => within(f).getByText(/^(Start|End)$/).textContent)).toEqual(['Start', 'End']);
    expect(figures.map((f) => within(f).getAllByRole('img').length)).toEqual([1, 1]);
    // Both drawings of a pair share one frame, so the person stays the same size.
    const boxes = screen.getAllByRole('img').map((svg) => svg.getAttribute('viewBox'));
    expect(boxes[0]).toBe(boxes[1]);
  });

  it.each(EXERCISE_DRAWING_IDS)('%s: the end position differs from the start', (exercise) => {
    const start = exerciseDrawing(exercise, 'start').figure;
    const end = exerciseDrawing(exercise, 'end').figure;
    expect(end.parts.map((p) => p.d)).not.toEqual(start.parts.map((p) => p.d));
  });

  it.each(every)('$exercise ($stage): the body holds together', ({ exercise, stage }) => {
    const pose = POSES[exercise][stage];
    const drawn = figure(pose);
    // Every hand and foot is where the pose put it, without stretching a limb.
    expect(drawn.misses).toEqual([]);
    // Nothing sinks through the floor (a little overlap with the line is fine).
    const lowest = Math.min(...drawn.extent.map((c) => c.at[1] - c.r));
    expect(lowest, 'lowest point').toBeGreaterThan(-2.5);
    if ((pose.view ?? 'side') !== 'side') return;
    // Seen from the side, facing right: knees only bend forwards, elbows only backwards.
    for (const side of ['near', 'far'] as const) {
      const leg = drawn.joints.legs[side];
      expect(turn(sub(leg.knee, leg.root), sub(leg.ankle, leg.knee)), `${side} knee`).toBeLessThanOrEqual(1e-6);
      const arm = drawn.joints.arms[side];
      expect(turn(sub(arm.elbow, arm.root), sub(arm.hand, arm.elbow)), `${side} elbow`).toBeGreaterThanOrEqual(-1e-6);
    }
  });

  it('uses only theme colours, and no raw HTML', () => {
    for (const name of readdirSync(DIR)) {
      const source = readFileSync(join(DIR, name), 'utf8');
      expect(source, name).not.toMatch(/#[0-9a-f]{3,8}\b|rgba?\(|hsla?\(/i);
      expect(source, name).not.toContain('{@html');
      expect(source, name).not.toMatch(/\?raw/);
      if (name.endsWith('.svelte')) {
        const colours = [...source.matchAll(/(?:fill|stroke):\s*([^;]+);/g)].map((m) => m[1].trim());
        expect(colours.filter((c) => c !== 'none' && !/^var\(--color-[a-z-]+\)$/.test(c)), name).toEqual([]);
      }
    }
  });

  it('never animates (nothing to switch off for reduced motion)', () => {
    for (const name of readdirSync(DIR)) {
      const source = readFileSync(join(DIR, name), 'utf8');
      expect(source, name).not.toMatch(/animation|transition|<animate|requestAnimationFrame/);
    }
  });
});

describe('drawings and the library', () => {
  it('every library exercise has its drawing under its own id', async () => {
    const { drawingFor } = await import('../src/lib/exercises/drawings/drawing');
    const { default: library } = await import('../../tests/fixtures/exercise-library.json');
    const missing = library.map((e: { id: string }) => e.id).filter((id: string) => !drawingFor(id));
    expect(missing).toEqual([]);
  });
});
