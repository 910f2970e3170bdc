/** The three routes alerts can take; each maps to a Slack channel. */
export type AlertRouteName = 'rate_limited' | 'unauthorized' | 'default';

export interface AlertChannels {
  default?: string;
  rateLimited?: string;
  unauthorized?: string;
}

export interface AlertRoute {
  route: AlertRouteName;
  /** Channel override sent in the payload; undefined = the webhook's own channel. */
  channel?: string;
}

const UNAUTHORIZED_CODES = new Set(['unauthorized', 'forbidden', 'insufficient_scope']);

/** Routes by error code; an unset specific channel falls back to the default one. */
export function routeFor(code: string | undefined, channels: AlertChannels): AlertRoute {
  const c = (code ?? '').trim().toLowerCase();
  if (c === 'rate_limited')
    return { route: 'rate_limited', channel: channels.rateLimited ?? channels.default };
  if (UNAUTHORIZED_CODES.has(c))
    return { route: 'unauthorized', channel: channels.unauthorized ?? channels.default };
  return { route: 'default', channel: channels.default };
}

/** The `channel` label of alerts_sent_total. */
export const channelLabel = (channel: string | undefined) => channel ?? 'webhook-default';
