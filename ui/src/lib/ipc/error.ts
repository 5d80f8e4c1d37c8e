import type { ApiError } from './bindings/ApiError';
import { t } from '../i18n';

function isApiError(value: unknown): value is ApiError {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ApiError).code === 'string' &&
    typeof (value as ApiError).message === 'string'
  );
}

/**
 * Whatever a failed command threw, as an ApiError a person can read.
 * Rust sends `{code, message}`, with `field` (a path such as
 * `items[2].dose.reps`) when the input has parts; anything else (a bare string from Tauri, a
 * JavaScript exception) is a bug on our side, so it gets the calm
 * "internal" message rather than a technical one.
 */
export function toApiError(thrown: unknown): ApiError {
  if (isApiError(thrown)) {
    const { code, message, field } = thrown;
    return typeof field === 'string' ? { code, message, field } : { code, message };
  }
  return { code: 'internal', message: t('error-internal') };
}
