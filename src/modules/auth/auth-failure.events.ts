/** Published when one caller reaches the failure threshold within the window (once per burst). */
export const AUTH_FAILURE_BURST = 'auth.failure-burst';

export interface AuthFailureBurst {
  /** The status of the failure that reached the threshold. */
  status: 401 | 403;
  /** User id, or the client IP when unauthenticated. */
  subject: string;
  count: number;
  windowSeconds: number;
  /** Error code and `METHOD /route` of that last failure. */
  code: string;
  route: string;
  ip?: string;
  requestId?: string;
}
