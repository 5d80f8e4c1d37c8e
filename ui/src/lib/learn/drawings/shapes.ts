// Shapes shared by the Learn drawings: a lumbar vertebra seen from behind,
// the facet joint between two of them, and the medial branch nerve. Plain
// numbers in the drawings' own units (the SVG viewBox), no colours: the
// components colour them from the theme.

type Point = readonly [number, number];

/** A smooth closed outline through the points (Catmull-Rom as Béziers). */
function smoothClosed(points: readonly Point[]): string {
  const n = points.length;
  const at = (i: number) => points[(i + n) % n];
  let d = `M ${at(0)[0]} ${at(0)[1]}`;
  for (let i = 0; i < n; i += 1) {
    const [p0, p1, p2, p3] = [at(i - 1), at(i), at(i + 1), at(i + 2)];
    const c1 = [p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6];
    const c2 = [p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6];
    d += ` C ${c1[0].toFixed(1)} ${c1[1].toFixed(1)} ${c2[0].toFixed(1)} ${c2[1].toFixed(1)} ${p2[0]} ${p2[1]}`;
  }
  return `${d} Z`;
}

/** The right half of a vertebra from behind, top centre round to bottom
 * centre; the left half is its mirror. Origin: the middle of the lamina. */
const RIGHT_HALF: Point[] = [
  [0, -40],
  [34, -42],
  [46, -62],
  [52, -86],
  [68, -94],
  [84, -86],
  [88, -60],
  [98, -38],
  [150, -40],
  [178, -36],
  [186, -22],
  [176, -8],
  [130, -6],
  [94, -2],
  [76, 18],
  [66, 44],
  [64, 76],
  [52, 90],
  [38, 82],
  [34, 52],
  [24, 34],
  [18, 46],
  [16, 80],
  [8, 94],
];

const OUTLINE: Point[] = [
  ...RIGHT_HALF,
  [0, 96],
  ...RIGHT_HALF.slice(1)
    .reverse()
    .map(([x, y]): Point => [-x, y]),
];

export const VERTEBRA = smoothClosed(OUTLINE);

/** How far below the upper vertebra the lower one sits. */
export const LEVEL_GAP = 150;

/** Centre of the facet joint on the right, relative to the upper vertebra:
 * where its lower process meets the lower vertebra's upper process. */
export const FACET: Point = [60, 74];

/** The joint line itself: the edge of the upper bone's lower process. */
export const FACET_LINE = 'M 66 52 C 72 66 70 84 62 96';

/** The medial branch on the right, relative to the lower vertebra: in from
 * the side above the transverse process, round the base of the upper
 * process, then down and in along the bone. */
export const NERVE =
  'M 232 -92 C 190 -78 130 -62 104 -44 C 92 -34 90 -20 86 -6 C 80 12 66 22 48 30';

/** A twig of the nerve up to the facet joint above. */
export const NERVE_TWIG = 'M 98 -40 C 92 -52 84 -62 72 -70';
