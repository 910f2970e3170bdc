import type { Language } from '../i18n/language.js';
import { AppError } from './app-error.js';
import { errorMessage, genericErrorMessageKo, hasErrorMessage } from './error-messages.js';

/**
 * The same error with its message in `lang` (same class, code, status, details and headers): what an
 * answer to a Korean command carries. Errors that are not ours pass through unchanged.
 */
export function localizeError(err: unknown, lang: Language): unknown {
  if (!(err instanceof AppError) || lang === 'en') return err;
  const key = err.messageKey;
  const message = hasErrorMessage(key)
    ? errorMessage(key, err.params as never, lang)
    : genericErrorMessageKo(err.status);
  if (message === err.message) return err;
  const localized = Object.create(Object.getPrototypeOf(err) as object) as AppError;
  return Object.assign(localized, err, { message, stack: err.stack });
}
