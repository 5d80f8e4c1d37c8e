// Review mode: the patient's backup a physiotherapist has open, read-only.
// Rust holds the file in a private journal of its own; the UI only needs to
// know that one is open and its name, for the banner on every screen,
// Progress (which then draws the file) and Export (which then makes the
// report from it). Read once at start; changed only here.
import { setReader } from './i18n';
import { closeReview, openReview, reviewStatus, type ApiError, type ReviewInfo } from './ipc';

export const review = $state<{ info: ReviewInfo | null }>({ info: null });

/** Keeps `review.info` and whose records the words speak of together. */
function reviewing(info: ReviewInfo | null): void {
  review.info = info;
  setReader(info ? 'patient' : 'self');
}

/** What Rust has open, at start-up (a reload of the window keeps the review). */
export async function loadReview(): Promise<void> {
  try {
    reviewing(await reviewStatus());
  } catch {
    // No banner is the safe side: the person's own journal is what shows.
    reviewing(null);
  }
}

/** Asks for a patient's backup (native Open dialog). Resolves to what opened,
 * or null if the person cancelled; rejects with the ApiError to show. */
export async function startReview(): Promise<ReviewInfo | null> {
  const info = await openReview();
  if (info) reviewing(info);
  return info;
}

/** Closes the review; resolves to the problem, if there was one. */
export async function endReview(): Promise<ApiError | null> {
  try {
    await closeReview();
    reviewing(null);
    return null;
  } catch (error) {
    return error as ApiError;
  }
}
