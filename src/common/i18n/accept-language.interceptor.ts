import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { Request } from 'express';
import { catchError, throwError, type Observable } from 'rxjs';
import { localizeError } from '../errors/localize-error.js';
import { preferredLanguage } from './language.js';

/**
 * Error messages in the language the client's `Accept-Language` prefers (ko or en), for routes that have
 * no command whose language would decide it. Codes, statuses and details are unchanged.
 */
@Injectable()
export class AcceptLanguageErrors implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = context.switchToHttp().getRequest<Request>();
    const lang = preferredLanguage(req.headers['accept-language']);
    if (!lang) return next.handle();
    return next.handle().pipe(catchError((err: unknown) => throwError(() => localizeError(err, lang))));
  }
}
