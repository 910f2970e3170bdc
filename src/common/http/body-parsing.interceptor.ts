import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import express, { type Request, type RequestHandler, type Response } from 'express';
import { from, mergeMap, type Observable } from 'rxjs';
import { AppConfig } from '../../config/app.config.js';
import { findTextProblem, InvalidInputError } from './input-text.js';

/**
 * Deepest JSON body accepted (objects and arrays, the outer one counts). Every DTO and MCP message is
 * far shallower; 10 000 levels overflowed class-transformer's stack (a 500) and cost 0.2–0.4 s to parse.
 */
export const MAX_JSON_DEPTH = 32;

/** body-parser turns an error thrown by `verify` into one carrying this status and type. */
class BodyRefusedError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    message: string,
  ) {
    super(message);
  }
}

/** True when the JSON text nests objects/arrays deeper than `max`. Linear, no parsing, strings skipped. */
export function jsonNestsDeeperThan(utf8: Uint8Array, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < utf8.length; i++) {
    const c = utf8[i];
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) return true;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return false;
}

/** body-parser's own test (type-is `hasBody`): a request has a body when it is framed as having one. */
function hasBody(req: IncomingMessage): boolean {
  return req.headers['transfer-encoding'] !== undefined || !isNaN(Number(req.headers['content-length']));
}

type WithRawBody = IncomingMessage & { rawBody?: Buffer };

/**
 * JSON bodies whose text has no `\u` escape. JSON.parse refuses raw control characters in strings and
 * decodes UTF-8 (a bad sequence becomes U+FFFD), so a NUL or a lone surrogate can only come from a `\u`
 * escape: without one, walking the parsed body for them (findTextProblem, a path string per property)
 * can be skipped. A `\\u` (an escaped backslash) only makes the check walk the body, as before.
 */
const plainJson = new WeakSet<IncomingMessage>();
const UNICODE_ESCAPE = Buffer.from('\\u');

export function mayHoldEscapedText(utf8: Buffer): boolean {
  return utf8.includes(UNICODE_ESCAPE);
}

function keepRawBody(req: WithRawBody, _res: ServerResponse, buf: Buffer): void {
  req.rawBody = buf; // webhook signatures are computed over the exact bytes
}

function checkJson(req: WithRawBody, res: ServerResponse, buf: Buffer, encoding: string): void {
  // RFC 8259 §8.1: JSON between systems is UTF-8; refusing the rest keeps the byte scan exact.
  if (!/^utf-?8$/i.test(encoding))
    throw new BodyRefusedError(415, 'charset.unsupported', `JSON must be UTF-8, not ${encoding}`);
  if (jsonNestsDeeperThan(buf, MAX_JSON_DEPTH))
    throw new BodyRefusedError(
      400,
      'entity.too.deep',
      `Request body nests deeper than ${MAX_JSON_DEPTH} levels`,
    );
  if (!mayHoldEscapedText(buf)) plainJson.add(req);
  keepRawBody(req, res, buf);
}

const run = (parser: RequestHandler, req: Request, res: Response) =>
  new Promise<void>((resolve, reject) =>
    parser(req, res, (err?: unknown) =>
      err ? reject(err instanceof Error ? err : new Error(String(err))) : resolve(),
    ),
  );

/**
 * Request bodies are parsed here, after the global guard, not by middleware in front of routing: a
 * request without valid credentials for a protected route is answered 401 (and audited) without its
 * body being parsed, and unknown routes never parse one. Public routes (webhooks) parse after their
 * trivial guard pass. Refused: JSON nested deeper than MAX_JSON_DEPTH (400 invalid_json), and any string
 * or key with a NUL byte or lone surrogate (400 validation_failed), bodies over KLEPAAS_BODY_LIMIT (413).
 * Bound to the routes that take a body by @MutatingRoute() (src/modules/audit/audit.decorators.ts), so
 * reads build no interceptor chain for it.
 */
@Injectable()
export class BodyParsingInterceptor implements NestInterceptor {
  private readonly parsers: RequestHandler[];

  constructor(config: AppConfig) {
    const limit = config.KLEPAAS_BODY_LIMIT;
    this.parsers = [
      express.json({ limit, verify: checkJson }),
      express.urlencoded({ limit, extended: false, verify: keepRawBody }),
    ];
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const req = context.switchToHttp().getRequest<Request>();
    // No body (a DELETE, a POST without one): nothing for the parsers to do, so no promise and no
    // extra observable per request.
    if (!hasBody(req)) return next.handle();
    const res = context.switchToHttp().getResponse<Response>();
    return from(this.parse(req, res)).pipe(mergeMap(() => next.handle()));
  }

  private async parse(req: Request, res: Response): Promise<void> {
    for (const parser of this.parsers) {
      // a body read to its end (by the JSON parser): the next parser would find it finished (on-finished's
      // test, which body-parser asks first) and do nothing, so it is not called
      if (req.complete && !req.readable) break;
      await run(parser, req, res);
    }
    if (plainJson.has(req)) return;
    const problem = findTextProblem(req.body);
    if (problem) throw new InvalidInputError(problem);
  }
}
