import type { ServerResponse } from 'node:http';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import type { JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';

/** What the SDK's McpError puts in front of every message ("MCP error -32602: …"). */
const MCP_ERROR_PREFIX = /^(?:MCP error -?\d+: )+/;

/** A message without the SDK's "MCP error <code>: " prefix(es). */
export const withoutMcpErrorPrefix = (text: string): string => text.replace(MCP_ERROR_PREFIX, '');

/**
 * The SDK's McpError bakes "MCP error <code>: " into `message`, and its server sends that message on
 * the wire; the SDK client then wraps the JSON-RPC error in a new McpError and prefixes it again
 * ("MCP error -32602: MCP error -32602: …"). The code is already in `error.code`, so the wire message
 * (and a tool-error text built from an McpError) goes out without it: clients show it exactly once.
 */
export function plainErrorMessage(message: JSONRPCMessage): JSONRPCMessage {
  if ('error' in message && message.error && typeof message.error.message === 'string') {
    const text = withoutMcpErrorPrefix(message.error.message);
    return text === message.error.message
      ? message
      : { ...message, error: { ...message.error, message: text } };
  }
  if ('result' in message && message.result?.isError === true && Array.isArray(message.result.content)) {
    const content = message.result.content as { type?: string; text?: unknown }[];
    if (
      !content.some((c) => c?.type === 'text' && typeof c.text === 'string' && MCP_ERROR_PREFIX.test(c.text))
    )
      return message;
    return {
      ...message,
      result: {
        ...message.result,
        content: content.map((c) =>
          c?.type === 'text' && typeof c.text === 'string'
            ? { ...c, text: withoutMcpErrorPrefix(c.text) }
            : c,
        ),
      },
    };
  }
  return message;
}

/** The transport, its outgoing messages passed through plainErrorMessage. */
export function withPlainErrors<T extends Transport>(transport: T): T {
  const send = transport.send.bind(transport);
  transport.send = (message, options) => send(plainErrorMessage(message), options);
  return transport;
}

/** An answer-only request taking longer than this releases what it holds (headers, keep-alive comments). */
export const ANSWER_HOLD_MAX_MS = 5_000;

/**
 * Holds the writes of an answer's SSE stream until the answer ends it, so they leave in one syscall: the
 * SDK's HTTP adapter writes the headers (flushed on their own), the event, then the chunked terminator —
 * three socket writes, ~12 % of a session's tools/call CPU under load. Only for requests that send nothing
 * before their answer (no progress, no elicitation). The socket is corked, not the response (a corked
 * ServerResponse re-frames flushed headers as a chunk); `res.end()` uncorks it, and a slow answer is
 * released after ANSWER_HOLD_MAX_MS so intermediaries still see its headers and keep-alive comments.
 */
export function holdUntilAnswered(res: ServerResponse): void {
  const socket = res.socket;
  if (!socket) return;
  socket.cork();
  const release = setTimeout(() => {
    if (socket.writableCorked) socket.uncork();
  }, ANSWER_HOLD_MAX_MS);
  release.unref();
  res.once('close', () => clearTimeout(release));
}
