// The figure kit: one friendly person, built from a pose. A pose is data (where
// the hip is, which way the trunk points, how the back curves, where each hand
// and foot goes); the kit turns it into SVG path data with the same limb
// lengths and widths every time, so all the exercise drawings share one body.
// No colours here: the component colours the parts from the theme.
//
// Pose coordinates have y pointing up and the floor at y = 0, which is how a
// person thinks about "knee height". The kit flips y for SVG at the very end.
// Every figure faces right when standing (lying on the back: head on the left),
// so "front" and "back" can be worked out from the direction of each bone.

export type Point = readonly [number, number];

/** The body's proportions, in drawing units (a standing figure is about 215 tall). */
export const BODY = {
  torso: 68, // hip joint to the top of the spine
  neck: 24, // top of the spine to the centre of the head
  headRadius: 16,
  upperArm: 33,
  forearm: 33,
  thigh: 52,
  shin: 46,
  foot: 20,
  armWidth: 12,
  legWidth: 15,
  neckWidth: 11,
  /** The outline round every part (the visible line is this thick). */
  outline: 3,
  /** Where the arms hang from, as a fraction of the way up the spine. */
  shoulderAt: 0.84,
  /** Front view: how far out from the middle the arms and legs start. */
  shoulderSpread: 12,
  hipSpread: 7,
} as const;

/** How thick an arm or a leg looks including its outline, from its middle line. */
export const ARM_REACH = BODY.armWidth / 2 + BODY.outline;
export const LEG_REACH = BODY.legWidth / 2 + BODY.outline;

/**
 * An arm or a leg, in one of three ways:
 * - `to`: where the hand or ankle goes; the elbow or knee finds its own place,
 *   always bending the way a real one does (knees forward, elbows back);
 * - `angles`: the direction of the upper and lower bone, in degrees
 *   (0 = right, 90 = up), for a straight or exactly placed limb;
 * - `joints`: the elbow or knee and the hand or ankle given outright, for the
 *   rare view where a bone points towards or away from you and looks shorter.
 * `flip` bends a `to` limb the other way: only for the drawing seen from the
 * front, where "forwards" points out of the picture.
 */
export type Limb =
  | { to: Point; flip?: boolean; angles?: never; joints?: never }
  | { angles: readonly [number, number]; to?: never; joints?: never }
  | { joints: readonly [Point, Point]; to?: never; angles?: never };

/** A leg also has a foot: its direction in degrees (default: at a right angle to the shin, toes forward). */
export type Leg = Limb & { foot?: number };

/** An arrow showing the movement: from, to, and how much it curves (+ to its left). */
export interface Arrow {
  from: Point;
  to: Point;
  bend?: number;
}

export type PartName =
  | 'farArm'
  | 'farLeg'
  | 'neck'
  | 'torso'
  | 'nearLeg'
  | 'pelvis'
  | 'head'
  | 'nearArm';

export interface Pose {
  /** The hip joint, where both legs start. */
  hip: Point;
  /** Direction from the hip to the top of the spine, in degrees (90 = upright). */
  torso: number;
  /** How far the low back bows out behind (+, rounded) or in (−, hollow). */
  lumbar?: number;
  /** The same for the upper back. */
  thoracic?: number;
  /** Pelvis tilt in degrees: + tucks the tail under (low back flattens). */
  tilt?: number;
  /** The belly: − drawn in, + relaxed out. */
  belly?: number;
  /** Direction from the top of the spine to the head, in degrees (default: the trunk's). */
  neck?: number;
  arms: { near: Limb; far: Limb };
  legs: { near: Leg; far: Leg };
  /** 'side' (the default) or 'front', for the one drawing seen from the front. */
  view?: 'side' | 'front';
  /** Parts drawn in the accent colour: what moves in this exercise. */
  moving?: readonly PartName[];
  /** Arrows showing the movement (usually only in the end position). */
  arrows?: readonly Arrow[];
  /** In the end position: parts of the start position to show as a faint dashed line, where a movement is hard to see otherwise. */
  ghost?: readonly PartName[];
  /** Drawing order, back to front, when the usual one would hide something. */
  order?: readonly PartName[];
}

export interface Part {
  name: PartName;
  /** A limb is a stroked line; a shape is a filled outline. */
  kind: 'limb' | 'shape';
  d: string;
  /** Stroke width of a limb's fill (its outline is 2 × BODY.outline wider). */
  width: number;
  moving: boolean;
}

/** Where the joints ended up, in pose coordinates (y up), for tests. */
export interface Joints {
  hip: Point;
  shoulderTop: Point;
  head: Point;
  arms: Record<'near' | 'far', { root: Point; elbow: Point; hand: Point }>;
  legs: Record<'near' | 'far', { root: Point; knee: Point; ankle: Point; toe: Point }>;
}

export interface Figure {
  parts: Part[];
  /** The middle line of each limb, for drawing it as a ghost. */
  lines: Partial<Record<PartName, string>>;
  arrows: { shaft: string; head: string }[];
  joints: Joints;
  /** Every limb that could not reach where the pose asked, and by how much. */
  misses: { limb: string; by: number }[];
  /** Circles that together cover the drawing, for framing. */
  extent: { at: Point; r: number }[];
}

const SIDE_ORDER: readonly PartName[] = [
  'farArm',
  'farLeg',
  'neck',
  'torso',
  'nearLeg',
  'pelvis',
  'head',
  'nearArm',
];

// ---- Small vector helpers (pose coordinates) -------------------------------

const add = (a: Point, b: Point): Point => [a[0] + b[0], a[1] + b[1]];
const sub = (a: Point, b: Point): Point => [a[0] - b[0], a[1] - b[1]];
const scale = (a: Point, k: number): Point => [a[0] * k, a[1] * k];
const length = (a: Point): number => Math.hypot(a[0], a[1]);
const unit = (a: Point): Point => scale(a, 1 / (length(a) || 1));
const dir = (degrees: number): Point => [
  Math.cos((degrees * Math.PI) / 180),
  Math.sin((degrees * Math.PI) / 180),
];
/** A quarter turn anticlockwise (y up). */
const left = (a: Point): Point => [-a[1], a[0]];
/** A quarter turn clockwise (y up). */
const right = (a: Point): Point => [a[1], -a[0]];

/** The z of the cross product: < 0 when b turns clockwise from a. */
export const turn = (a: Point, b: Point): number => a[0] * b[1] - a[1] * b[0];

function cubic(p0: Point, p1: Point, p2: Point, p3: Point, t: number): Point {
  const u = 1 - t;
  const [a, b, c, d] = [u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t];
  return [
    a * p0[0] + b * p1[0] + c * p2[0] + d * p3[0],
    a * p0[1] + b * p1[1] + c * p2[1] + d * p3[1],
  ];
}

// ---- SVG output (y flipped) ------------------------------------------------

const round = (v: number): number => Math.round(v * 10) / 10;
const n = (v: number): string => String(round(v));
const svg = (p: Point): string => `${n(p[0])} ${n(-p[1])}`;

function polyline(points: readonly Point[]): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'} ${svg(p)}`).join(' ');
}

function polygon(points: readonly Point[]): string {
  return `${polyline(points)} Z`;
}

function circle(c: Point, r: number): string {
  const [x, y] = [c[0], -c[1]];
  return `M ${n(x - r)} ${n(y)} A ${r} ${r} 0 1 0 ${n(x + r)} ${n(y)} A ${r} ${r} 0 1 0 ${n(x - r)} ${n(y)} Z`;
}

// ---- Limbs -------------------------------------------------------------------

/**
 * Two bones from `root`: returns the middle joint and the end. With `to`, the
 * middle joint goes on the side `bendSide` gives for the root-to-end
 * direction; a target out of reach leaves the limb straight, pointing at it.
 */
function limb(
  root: Point,
  spec: Limb,
  lengths: readonly [number, number],
  bendSide: (towards: Point) => Point,
): { mid: Point; end: Point; miss: number } {
  const [l1, l2] = lengths;
  if (spec.joints) return { mid: spec.joints[0], end: spec.joints[1], miss: 0 };
  if (spec.angles) {
    const mid = add(root, scale(dir(spec.angles[0]), l1));
    return { mid, end: add(mid, scale(dir(spec.angles[1]), l2)), miss: 0 };
  }
  const reach = sub(spec.to, root);
  const wanted = length(reach);
  const distance = Math.min(Math.max(wanted, Math.abs(l1 - l2) + 1e-6), l1 + l2);
  const along = unit(reach);
  const a = (l1 * l1 - l2 * l2 + distance * distance) / (2 * distance);
  const h = Math.sqrt(Math.max(l1 * l1 - a * a, 0));
  const side = spec.flip ? scale(bendSide(along), -1) : bendSide(along);
  const mid = add(add(root, scale(along, a)), scale(side, h));
  const end = add(root, scale(along, distance));
  return { mid, end, miss: Math.max(wanted - (l1 + l2), 0) };
}

// ---- The torso ---------------------------------------------------------------

/** Half-widths of the trunk from hip (t = 0) to shoulders (t = 1): [t, back, front]. */
const SIDE_PROFILE: readonly (readonly [number, number, number])[] = [
  [0, 15, 15],
  [0.25, 13.5, 14],
  [0.45, 13.5, 14.5],
  [0.7, 15, 17.5],
  [0.88, 15, 15],
  [1, 12, 11],
];
/** Seen from the front the trunk is wider, and the same on both sides. */
const FRONT_PROFILE: readonly (readonly [number, number, number])[] = [
  [0, 17, 17],
  [0.3, 15, 15],
  [0.6, 17, 17],
  [0.85, 19, 19],
  [1, 15, 15],
];

/** A soft bump of the belly, centred on the waist. */
const bellyBump = (t: number): number => {
  const x = Math.min(Math.abs(t - 0.35) / 0.25, 1);
  return (1 + Math.cos(Math.PI * x)) / 2;
};

// ---- The figure ----------------------------------------------------------------

export function figure(pose: Pose): Figure {
  const view = pose.view ?? 'side';
  const hip = pose.hip;
  const up = dir(pose.torso);
  const back = left(up);
  const shoulderTop = add(hip, scale(up, BODY.torso));
  const spine = [
    hip,
    add(add(hip, scale(up, BODY.torso / 3)), scale(back, pose.lumbar ?? 0)),
    add(add(hip, scale(up, (2 * BODY.torso) / 3)), scale(back, pose.thoracic ?? 0)),
    shoulderTop,
  ] as const;
  const spineAt = (t: number) => cubic(spine[0], spine[1], spine[2], spine[3], t);
  const spineBack = (t: number) => {
    const ahead = sub(spineAt(Math.min(t + 0.01, 1)), spineAt(Math.max(t - 0.01, 0)));
    return left(unit(ahead));
  };

  const extent: { at: Point; r: number }[] = [];
  const parts: Part[] = [];
  const moving = new Set(pose.moving ?? []);
  const misses: { limb: string; by: number }[] = [];

  // Torso: the spine line offset by a width profile, back side then front side.
  const profile = view === 'front' ? FRONT_PROFILE : SIDE_PROFILE;
  const widthAt = (t: number, side: 1 | 2) => {
    let i = 0;
    while (i < profile.length - 2 && profile[i + 1][0] < t) i += 1;
    const [t0, t1] = [profile[i][0], profile[i + 1][0]];
    const k = Math.min(Math.max((t - t0) / (t1 - t0), 0), 1);
    return profile[i][side] + (profile[i + 1][side] - profile[i][side]) * k;
  };
  const belly = (t: number) => (view === 'side' ? (pose.belly ?? 0) * bellyBump(t) : 0);
  const backAt = (t: number, extra = 0) => add(spineAt(t), scale(spineBack(t), widthAt(t, 1) + extra));
  const frontAt = (t: number, extra = 0) =>
    add(spineAt(t), scale(spineBack(t), -(widthAt(t, 2) + belly(t) + extra)));
  const steps = (from: number, to: number, count: number) =>
    Array.from({ length: count + 1 }, (_, i) => from + ((to - from) * i) / count);
  /** A rounded end of the trunk at `t`, from the back edge round to the front edge. */
  const cap = (t: number, outwards: Point, reach: number, extra: number): Point[] => {
    const centre = spineAt(t);
    const toBack = scale(spineBack(t), widthAt(t, 1) + extra);
    const toFront = scale(spineBack(t), -(widthAt(t, 2) + belly(t) + extra));
    return steps(0, Math.PI, 8).map((a) =>
      add(add(centre, scale(a <= Math.PI / 2 ? toBack : toFront, Math.abs(Math.cos(a)))), scale(outwards, reach * Math.sin(a))),
    );
  };
  const endUp = unit(sub(spineAt(1), spineAt(0.95)));
  const endDown = unit(sub(spineAt(0), spineAt(0.05)));
  // Traced as a polygon with many points: the round-cornered outline stroke
  // smooths it, with none of the bulges a spline makes near tight corners.
  const torsoOutline = [
    ...steps(0, 1, 20).map((t) => backAt(t)),
    ...cap(1, endUp, 7, 0).slice(1, -1),
    ...steps(1, 0, 20).map((t) => frontAt(t)),
    ...cap(0, endDown, 6, 0).reverse().slice(1, -1),
  ];
  parts.push({ name: 'torso', kind: 'shape', d: polygon(torsoOutline), width: 0, moving: moving.has('torso') });
  for (const p of torsoOutline) extent.push({ at: p, r: BODY.outline });

  // Pelvis: the bottom of the trunk drawn as its own piece, like shorts, a
  // little fuller than the trunk so its outline shows. Its top edge (the
  // waistband) leans with the tilt, so a tucked or tipped pelvis can be seen.
  const lean = (pose.tilt ?? 0) * 0.006;
  const [waistBack, waistFront] = [0.27 - lean, 0.27 + lean];
  const fuller = 1.5;
  const pelvisOutline = [
    ...steps(0, waistBack, 6).map((t) => backAt(t, fuller)),
    ...steps(waistFront, 0, 6).map((t) => frontAt(t, fuller)),
    ...cap(0, endDown, 6 + fuller, fuller).reverse().slice(1, -1),
  ];
  parts.push({ name: 'pelvis', kind: 'shape', d: polygon(pelvisOutline), width: 0, moving: moving.has('pelvis') });
  for (const p of pelvisOutline) extent.push({ at: p, r: BODY.outline });

  // Neck and head.
  const neckDir = dir(pose.neck ?? pose.torso);
  const head = add(shoulderTop, scale(neckDir, BODY.neck));
  parts.push({
    name: 'neck',
    kind: 'limb',
    d: polyline([add(shoulderTop, scale(neckDir, -6)), head]),
    width: BODY.neckWidth,
    moving: moving.has('head'),
  });
  parts.push({ name: 'head', kind: 'shape', d: circle(head, BODY.headRadius), width: 0, moving: moving.has('head') });
  extent.push({ at: head, r: BODY.headRadius + BODY.outline });

  // Where the limbs start: on the spine from the side; out to each side from the front.
  const spread = (side: 'near' | 'far', by: number, t: number): Point =>
    view === 'front' ? add(spineAt(t), scale(spineBack(t), side === 'near' ? -by : by)) : spineAt(t);

  const arms = {} as Joints['arms'];
  for (const side of ['near', 'far'] as const) {
    const root = spread(side, BODY.shoulderSpread, BODY.shoulderAt);
    // Elbows bend backwards: the elbow sits behind the shoulder-to-hand line.
    const { mid, end, miss } = limb(root, pose.arms[side], [BODY.upperArm, BODY.forearm], right);
    if (miss > 0.5) misses.push({ limb: `${side} arm`, by: miss });
    arms[side] = { root, elbow: mid, hand: end };
    const name = side === 'near' ? 'nearArm' : 'farArm';
    parts.push({ name, kind: 'limb', d: polyline([root, mid, end]), width: BODY.armWidth, moving: moving.has(name) });
    for (const p of [root, mid, end]) extent.push({ at: p, r: ARM_REACH });
  }

  const legs = {} as Joints['legs'];
  for (const side of ['near', 'far'] as const) {
    const spec = pose.legs[side];
    const root = spread(side, BODY.hipSpread, 0);
    // Knees bend forwards: the knee sits in front of the hip-to-ankle line.
    const { mid, end, miss } = limb(root, spec, [BODY.thigh, BODY.shin], left);
    if (miss > 0.5) misses.push({ limb: `${side} leg`, by: miss });
    const footDir = spec.foot === undefined ? left(unit(sub(end, mid))) : dir(spec.foot);
    const toe = add(end, scale(footDir, BODY.foot));
    legs[side] = { root, knee: mid, ankle: end, toe };
    const name = side === 'near' ? 'nearLeg' : 'farLeg';
    parts.push({ name, kind: 'limb', d: polyline([root, mid, end, toe]), width: BODY.legWidth, moving: moving.has(name) });
    for (const p of [root, mid, end, toe]) extent.push({ at: p, r: LEG_REACH });
  }

  const lines: Figure['lines'] = {};
  for (const part of parts) if (part.kind === 'limb') lines[part.name] = part.d;

  const order = pose.order ?? SIDE_ORDER;
  parts.sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));

  const arrows = (pose.arrows ?? []).map((arrow) => {
    const mid = scale(add(arrow.from, arrow.to), 0.5);
    const control = add(mid, scale(left(unit(sub(arrow.to, arrow.from))), arrow.bend ?? 0));
    const heading = unit(sub(arrow.to, control));
    const size = 11;
    const base = sub(arrow.to, scale(heading, size));
    const wing = scale(left(heading), size * 0.6);
    for (const p of [arrow.from, control, arrow.to]) extent.push({ at: p, r: size });
    return {
      // The shaft stops at the head's base so its round end does not poke through the point.
      shaft: `M ${svg(arrow.from)} Q ${svg(control)} ${svg(add(base, scale(heading, 2)))}`,
      head: `M ${svg(arrow.to)} L ${svg(add(base, wing))} L ${svg(sub(base, wing))} Z`,
    };
  });

  return {
    parts,
    lines,
    arrows,
    joints: { hip, shoulderTop, head, arms, legs },
    misses,
    extent,
  };
}

/** Drawing-unit width of every exercise drawing, so every figure is drawn at the same scale. */
export const FRAME_WIDTH = 330;
const MARGIN = 10;

/**
 * One viewBox for a set of figures (an exercise's start and end), so both
 * drawings of a pair show the person at the same size and place. The floor
 * is the bottom edge; the width is the same for every exercise.
 */
export function frame(figures: readonly Figure[]): { viewBox: string; floor: { x1: number; x2: number; y: number } } {
  const circles = figures.flatMap((f) => f.extent);
  const minX = Math.min(...circles.map((c) => c.at[0] - c.r));
  const maxX = Math.max(...circles.map((c) => c.at[0] + c.r));
  const top = Math.max(...circles.map((c) => c.at[1] + c.r)) + MARGIN;
  const centre = (minX + maxX) / 2;
  const width = Math.max(FRAME_WIDTH, maxX - minX + 2 * MARGIN);
  const x = centre - width / 2;
  const bottom = 6;
  return {
    viewBox: `${n(x)} ${n(-top)} ${n(width)} ${n(top + bottom)}`,
    floor: { x1: round(x + MARGIN), x2: round(x + width - MARGIN), y: 0 },
  };
}
