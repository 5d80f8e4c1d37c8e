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
 * Rust sends `{code, message}`; anything else (a bare string from Tauri, a
 * JavaScript exception) is a bug on our side, so it gets the calm
 * "internal" message rather than a technical one.
 */
export function toApiError(thrown: unknown): ApiError {
  if (isApiError(thrown)) return { code: thrown.code, message: thrown.message };
  return { code: 'internal', message: t('error-internal') };
}
