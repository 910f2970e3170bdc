import type { Request } from 'express';

/** Published by the error filter for every 401/403 it answers, before the response is written. */
export const ACCESS_DENIED = 'access.denied';

/**
 * A refused request. The filter only announces it: audit records it (bucketed per caller, route, status and
 * second) and auth counts it towards the failure alert — the ground floor never imports either.
 */
export interface AccessDenied {
  request: Request;
  status: 401 | 403;
  code: string;
  message: string;
  /** The user when one was authenticated (403), else the client IP as the service sees it. */
  subject: string;
  /** `METHOD /route/template`. */
  route: string;
  ip?: string;
  requestId: string;
}
