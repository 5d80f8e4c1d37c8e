// Times as the journal wants them: RFC 3339 with the person's own offset, so the
// record shows the clock they saw (2026-11-25T09:30:00+01:00), not UTC.
import { formatISO } from 'date-fns';

/** `date` as RFC 3339 in local time with its offset, to the second. */
export function rfc3339(date: Date): string {
  return formatISO(date);
}
