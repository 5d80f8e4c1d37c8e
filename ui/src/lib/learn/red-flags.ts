// The red flags, once: the "Red flags" topic and the Get help dialog both
// render these lists (through RedFlags.svelte), so they can never disagree.
export const EMERGENCY_TITLE = 'help-emergency-title';
export const EMERGENCY_SIGNS = [
  'help-emergency-numbness',
  'help-emergency-bladder',
  'help-emergency-both-legs',
  'help-emergency-sexual',
  'help-emergency-leg',
] as const;
export const EMERGENCY_WHY = 'help-emergency-why';

export const CLINIC_TITLE = 'help-clinic-title';
export const CLINIC_SIGNS = [
  'help-clinic-infection',
  'help-clinic-fever',
  'help-clinic-weight',
  'help-clinic-night',
] as const;

/** Sources of the red flags, cited on the red-flags topic. */
export const RED_FLAG_SOURCES = ['nhs-norfolk-waveney', 'roh'] as const;

/** Every message the red-flag lists show, in reading order. */
export const RED_FLAG_MESSAGES = [
  EMERGENCY_TITLE,
  ...EMERGENCY_SIGNS,
  EMERGENCY_WHY,
  CLINIC_TITLE,
  ...CLINIC_SIGNS,
];
