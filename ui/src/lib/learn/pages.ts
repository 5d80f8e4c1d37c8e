// Where a person can be inside Learn. Plain state in views/Learn.svelte; no
// router, because Learn is one section of a desktop app, not a website.

/** Where the Sources page was opened from, to go back there. */
export interface Origin {
  topicId: string;
  /** The citation that was followed, so focus can return to it. */
  citeKey?: string;
}

export type LearnPage =
  | { kind: 'index' }
  | { kind: 'topic'; topicId: string }
  | { kind: 'sources'; from?: Origin; sourceId?: string };
