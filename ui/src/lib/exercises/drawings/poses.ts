// The start and end position of every exercise, as data for the figure kit
// (kit.ts). Coordinates: y up, floor at 0, drawing units; a standing person
// is about 215 tall. The kit keeps the limb lengths, so a hand or a foot put
// out of reach shows up in the tests, not as a stretched arm.
import type { Leg, Limb, Point, Pose } from './kit';

export const EXERCISE_DRAWING_IDS = [
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
] as const;

export type ExerciseDrawingId = (typeof EXERCISE_DRAWING_IDS)[number];
export type Stage = 'start' | 'end';

// ---- Lying on the back (head on the left) ----------------------------------

/** Hip and spine height when lying on the back. */
const LYING = 18;
const lying = { hip: [0, LYING] as Point, torso: 180, neck: 180 };
/** Knees bent, feet flat on the floor. */
const hookLeg: Leg = { to: [64, 10], foot: 0 };
/** Arms resting on the floor by the sides. */
const armOnFloor: Limb = { angles: [-7, -7] };
const armsOnFloor = { near: armOnFloor, far: { angles: [-6, -6] } as Limb };
/** Hands resting on the front of the hips, so the arms do not hide the low back. */
const handsOnHips = {
  near: { angles: [8, 14] } as Limb,
  far: { angles: [9, 15] } as Limb,
};

const hookLying: Pose = {
  ...lying,
  arms: armsOnFloor,
  legs: { near: hookLeg, far: hookLeg },
};

// ---- On hands and knees (head on the right) --------------------------------

/** Thigh straight down to the knee, shin and foot along the floor behind. */
const kneeling: Leg = { angles: [-90, 180], foot: 180 };
/** Where the hands rest: straight below the arms in the start position. */
const HANDS: Point = [70.9, 8.6];
const allFours: Pose = {
  hip: [0, 62],
  torso: 11,
  neck: 0,
  arms: { near: { angles: [-77, -77] }, far: { angles: [-79, -79] } },
  legs: { near: kneeling, far: { angles: [-92, 180], foot: 180 } },
};

export const POSES: Record<ExerciseDrawingId, Record<Stage, Pose>> = {
  walking: {
    start: {
      hip: [0, 107],
      torso: 90,
      arms: { near: { angles: [-95, -86] }, far: { angles: [-91, -84] } },
      legs: { near: { angles: [-90, -90] }, far: { angles: [-93, -93] } },
    },
    end: {
      hip: [0, 104],
      torso: 87,
      neck: 85,
      arms: { near: { angles: [-112, -98] }, far: { angles: [-70, -48] } },
      legs: {
        near: { angles: [-70, -80], foot: 15 },
        far: { angles: [-105, -122], foot: -14 },
      },
      arrows: [{ from: [36, 150], to: [80, 150] }],
    },
  },

  'pelvic-tilt': {
    start: { ...hookLying, arms: handsOnHips, lumbar: -16, tilt: -6, moving: ['pelvis'] },
    end: {
      ...hookLying,
      arms: handsOnHips,
      lumbar: 2,
      tilt: 14,
      moving: ['pelvis'],
      arrows: [{ from: [-36, 68], to: [-36, 41] }],
    },
  },

  'knee-rolls': {
    start: { ...hookLying, moving: ['nearLeg', 'farLeg'] },
    end: {
      ...hookLying,
      tilt: 0,
      moving: ['nearLeg', 'farLeg'],
      legs: {
        // Both knees dropped to the side, towards you: lower, and the legs
        // look shorter because they now lean out of the picture.
        near: { joints: [[44, 24], [64, 10]], foot: 0 },
        far: { joints: [[49, 32], [67, 15]], foot: 0 },
      },
      ghost: ['nearLeg'],
      arrows: [{ from: [44, 80], to: [60, 48], bend: -10 }],
    },
  },

  'knee-to-chest': {
    start: { ...hookLying, moving: ['nearLeg'] },
    end: {
      ...hookLying,
      moving: ['nearLeg'],
      arms: { near: { to: [-12.7, 61.4] }, far: { to: [-10, 63] } },
      legs: { near: { angles: [118, -12], foot: 55 }, far: hookLeg },
      arrows: [{ from: [34, 88], to: [-4, 96], bend: 10 }],
    },
  },

  'cat-camel': {
    start: { ...allFours, moving: ['torso', 'pelvis'] },
    end: {
      ...allFours,
      lumbar: 14,
      thoracic: 12,
      tilt: 8,
      neck: -30,
      moving: ['torso', 'pelvis'],
      arrows: [{ from: [10, 112], to: [44, 118], bend: 8 }],
    },
  },

  'bottom-to-heels': {
    start: allFours,
    end: {
      hip: [-42.6, 39.8],
      torso: 2,
      lumbar: 8,
      neck: -18,
      arms: { near: { to: HANDS }, far: { to: [HANDS[0] - 2, HANDS[1]] } },
      legs: {
        near: { angles: [-35, 180], foot: 180 },
        far: { angles: [-37, 180], foot: 180 },
      },
      arrows: [{ from: [-10, 82], to: [-48, 74], bend: 8 }],
    },
  },

  'abdominal-drawing-in': {
    start: { ...hookLying, belly: 3 },
    end: {
      ...hookLying,
      belly: -5,
      arrows: [
        { from: [-28, 62], to: [-28, 40] },
        { from: [-8, 62], to: [-8, 40] },
      ],
    },
  },

  'glute-bridge': {
    start: { ...hookLying, moving: ['pelvis'] },
    end: {
      ...lying,
      hip: [-2.9, 37.7],
      torso: 196.8,
      arms: { near: { angles: [-5, -5] }, far: { angles: [-4, -4] } },
      legs: { near: hookLeg, far: hookLeg },
      moving: ['pelvis'],
      arrows: [{ from: [-4, 62], to: [-4, 86] }],
    },
  },

  'curl-up': {
    start: {
      ...lying,
      arms: {
        near: { joints: [[-44, 10], [-16, 10]] },
        far: { joints: [[-44, 11], [-14, 11]] },
      },
      legs: { near: { angles: [-4, -4], foot: 80 }, far: hookLeg },
    },
    end: {
      ...lying,
      torso: 171,
      lumbar: 5,
      thoracic: 1,
      neck: 171,
      arms: {
        near: { joints: [[-44, 10], [-16, 10]] },
        far: { joints: [[-44, 11], [-14, 11]] },
      },
      legs: { near: { angles: [-4, -4], foot: 80 }, far: hookLeg },
      arrows: [{ from: [-91, 56], to: [-91, 78] }],
    },
  },

  // Seen from the front: the person lies on their right side, facing you,
  // propped on the right forearm. "Near" is the upper side here.
  'side-bridge': {
    start: {
      hip: [-4.1, 20],
      torso: 145,
      neck: 160,
      view: 'front',
      moving: ['pelvis'],
      arms: {
        near: { angles: [-30, -30] },
        far: { joints: [[-57.8, 9], [-84, 9]] },
      },
      legs: {
        near: { joints: [[47, 22], [46, 35]], foot: 75 },
        far: { joints: [[44, 10], [43, 23]], foot: 75 },
      },
    },
    end: {
      hip: [0, 34.4],
      torso: 160,
      neck: 160,
      view: 'front',
      moving: ['pelvis'],
      arms: {
        near: { angles: [-19, -19] },
        far: { joints: [[-57.8, 9], [-84, 9]] },
      },
      legs: {
        near: { joints: [[51.3, 23.2], [50, 36]], foot: 75 },
        far: { joints: [[46.5, 10], [45, 23]], foot: 75 },
      },
      arrows: [{ from: [4, 70], to: [4, 94] }],
    },
  },

  'bird-dog': {
    start: { ...allFours, moving: ['nearArm', 'farLeg'] },
    end: {
      ...allFours,
      moving: ['nearArm', 'farLeg'],
      neck: -24,
      arms: { near: { angles: [9, 9] }, far: { angles: [-79, -79] } },
      legs: { near: kneeling, far: { angles: [182, 182], foot: -80 } },
    },
  },

  'dead-bug': {
    start: {
      ...lying,
      moving: ['nearArm', 'farLeg'],
      arms: { near: { angles: [90, 90] }, far: { angles: [88, 88] } },
      legs: { near: { angles: [90, 0] }, far: { angles: [92, 2] } },
    },
    end: {
      ...lying,
      moving: ['nearArm', 'farLeg'],
      arms: { near: { angles: [152, 152] }, far: { angles: [88, 88] } },
      legs: { near: { angles: [90, 0] }, far: { angles: [20, 20], foot: 80 } },
      arrows: [
        { from: [-72, 100], to: [-116, 76], bend: 12 },
        { from: [100, 100], to: [126, 68], bend: -12 },
      ],
    },
  },
};
