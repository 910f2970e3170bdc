import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { Request } from 'express';
import { catchError, throwError, type Observable } from 'rxjs';
import { AppError } from '../errors/app-error.js';
import { normaliseError } from '../errors/error-envelope.filter.js';
import { errorMessage } from '../errors/error-messages.js';
import { localizeError } from '../errors/localize-error.js';
import { languageOf, preferredLanguage, type Language } from './language.js';

/** The language of a request's answer: its command's, else what Accept-Language prefers (ko or en). */
export function requestLanguage(req: Request): Language | undefined {
  const command = (req.body as { command?: unknown } | undefined)?.command;
  if (typeof command === 'string' && command.trim()) return languageOf(command);
  return preferredLanguage(req.headers['accept-language']);
}

/**
 * Error messages in the request's language (requestLanguage): a Korean command's validation error or
 * domain error is said in Korean. Codes, statuses and details are unchanged.
 */
@Injectable()
export class LanguageErrors implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const lang = requestLanguage(context.switchToHttp().getRequest<Request>());
    if (!lang || lang === 'en') return next.handle();
    return next.handle().pipe(catchError((err: unknown) => throwError(() => localize(err, lang))));
  }
}

function localize(err: unknown, lang: Language): unknown {
  if (err instanceof AppError) return localizeError(err, lang);
  const n = normaliseError(err);
  // the global ValidationPipe's answer: same code and details, the sentence in the request's language
  if (n.code === 'validation_failed')
    return new AppError(n.status, n.code, errorMessage('validation_failed', {}, lang), n.details);
  return err;
}
