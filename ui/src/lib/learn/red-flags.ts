// The red flags, once: the "Red flags" topic and the Get help dialog both
// render these lists (through RedFlags.svelte), so they can never disagree.
// Three groups, as the clinical reference has them: an emergency; the clinic
// or a doctor the same day (fever with worsening back pain after the
// procedure, or a needle site that looks infected); a doctor soon.
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
export const CLINIC_SIGNS = ['help-clinic-fever', 'help-clinic-infection'] as const;

export const SOON_TITLE = 'help-soon-title';
export const SOON_SIGNS = ['help-soon-weight', 'help-soon-night'] as const;

/** Sources of the red flags, cited on the red-flags topic. */
export const RED_FLAG_SOURCES = ['nhs-norfolk-waveney', 'roh'] as const;

/** The lists in reading order: each title leads into its signs. */
export const RED_FLAG_LISTS = [
  { title: EMERGENCY_TITLE, signs: EMERGENCY_SIGNS },
  { title: CLINIC_TITLE, signs: CLINIC_SIGNS },
  { title: SOON_TITLE, signs: SOON_SIGNS },
] as const;

/** Every message the red-flag lists show, in reading order. */
export const RED_FLAG_MESSAGES = [
  EMERGENCY_TITLE,
  ...EMERGENCY_SIGNS,
  EMERGENCY_WHY,
  CLINIC_TITLE,
  ...CLINIC_SIGNS,
  SOON_TITLE,
  ...SOON_SIGNS,
];
