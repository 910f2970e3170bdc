import {
  IncomingWebhook,
  IncomingWebhookHTTPError,
  IncomingWebhookRequestError,
  type FetchFunction,
} from '@slack/webhook';
import { parseRetryAfterMs } from '../../common/resilience/retry-after.js';

export interface SlackMessage {
  text: string;
  /** Channel override; undefined = the webhook's own channel. */
  channel?: string;
}

/** Why a post failed, classified for the retry policy. */
export class SlackDeliveryError extends Error {
  constructor(
    /** HTTP status, or undefined for a network error / timeout. */
    readonly status: number | undefined,
    /** Slack's error text (e.g. `channel_not_found`, `invalid_payload`) or the network error. */
    readonly detail: string,
    /** From a 429's Retry-After header. */
    readonly retryAfterMs?: number,
  ) {
    super(status === undefined ? `network error: ${detail}` : `HTTP ${status}: ${detail}`);
    this.name = 'SlackDeliveryError';
  }

  /** 429, 5xx and network errors are worth retrying; other 4xx are not. */
  get retryable(): boolean {
    return this.status === undefined || this.status === 429 || this.status >= 500;
  }
}

/** The outside system alerts are posted to. Throws SlackDeliveryError when a post fails. */
export interface SlackSender {
  send(message: SlackMessage, signal?: AbortSignal): Promise<void>;
}
export const SLACK_SENDER = Symbol('SLACK_SENDER');

/**
 * Posts through @slack/webhook's IncomingWebhook (its own retries off: AlertsService retries). Its
 * HTTP error carries status and body but not headers, so the fetch is wrapped to keep Retry-After.
 */
export class IncomingWebhookSender implements SlackSender {
  constructor(
    private readonly url: string,
    private readonly timeoutMs: number,
  ) {}

  async send(message: SlackMessage, signal?: AbortSignal): Promise<void> {
    let retryAfter: string | null = null;
    const fetchFn: FetchFunction = async (url, init) => {
      const signals = [init?.signal, signal].filter((s): s is AbortSignal => s !== undefined);
      const response = await globalThis.fetch(url, {
        ...init,
        signal: signals.length > 0 ? AbortSignal.any(signals) : undefined,
      });
      retryAfter = response.headers.get('retry-after');
      return response;
    };
    const webhook = new IncomingWebhook(this.url, {
      timeout: this.timeoutMs,
      fetch: fetchFn,
      retryConfig: { retries: 0 },
    });
    try {
      await webhook.send(
        message.channel ? { text: message.text, channel: message.channel } : { text: message.text },
      );
    } catch (err) {
      if (err instanceof IncomingWebhookHTTPError) {
        const detail = (err.body ?? '').trim().slice(0, 500) || err.statusMessage || 'no body';
        throw new SlackDeliveryError(err.statusCode, detail, parseRetryAfterMs(retryAfter));
      }
      if (err instanceof IncomingWebhookRequestError) {
        throw new SlackDeliveryError(undefined, describeCause(err.original));
      }
      throw new SlackDeliveryError(undefined, describeCause(err));
    }
  }
}

function describeCause(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  if (err.name === 'TimeoutError') return 'timed out';
  if (err.name === 'AbortError') return 'aborted';
  const cause = (err as Error & { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ? `${err.message} (${cause.code})` : err.message;
}
