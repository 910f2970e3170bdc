import type { JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';
import { McpError } from '@modelcontextprotocol/sdk/types.js';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { holdUntilAnswered, plainErrorMessage } from './mcp-wire.js';

describe('plainErrorMessage', () => {
  it("drops the SDK's 'MCP error <code>:' prefix from JSON-RPC errors (the client adds it once)", () => {
    const err = new McpError(-32602, 'Resource klepaas://x not found');
    expect(err.message).toBe('MCP error -32602: Resource klepaas://x not found');
    const out = plainErrorMessage({ jsonrpc: '2.0', id: 1, error: { code: err.code, message: err.message } });
    expect(out).toEqual({
      jsonrpc: '2.0',
      id: 1,
      error: { code: -32602, message: 'Resource klepaas://x not found' },
    });
  });

  it('drops it from tool-error texts and leaves everything else alone', () => {
    const toolError = {
      jsonrpc: '2.0',
      id: 2,
      result: {
        isError: true,
        content: [{ type: 'text', text: 'MCP error -32602: Input validation error: x' }],
      },
    } as JSONRPCMessage;
    expect(plainErrorMessage(toolError)).toMatchObject({
      result: { content: [{ type: 'text', text: 'Input validation error: x' }] },
    });
    const ok = {
      jsonrpc: '2.0',
      id: 3,
      result: { content: [{ type: 'text', text: 'MCP error -1: quoted' }] },
    };
    expect(plainErrorMessage(ok as JSONRPCMessage)).toBe(ok);
    const plain = { jsonrpc: '2.0', id: 4, error: { code: -32000, message: 'Missing bearer token' } };
    expect(plainErrorMessage(plain as JSONRPCMessage)).toBe(plain);
  });
});

describe('holdUntilAnswered', () => {
  let server: Server;
  let url: string;
  const corkedWhileAnswering: number[] = [];
  const corkedAfterEnd: number[] = [];
  const answer = (res: ServerResponse) => {
    holdUntilAnswered(res);
    const socket = res.socket!;
    corkedWhileAnswering.push(socket.writableCorked);
    // as the SDK's HTTP adapter answers on an SSE stream: headers flushed, then the event, then the end
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    res.flushHeaders();
    setTimeout(() => {
      res.write('event: message\ndata: {"ok":true}\n\n');
      setTimeout(() => {
        res.end();
        corkedAfterEnd.push(socket.writableCorked);
      }, 2);
    }, 2);
  };

  beforeAll(async () => {
    server = createServer((_req, res) => answer(res));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('delivers the whole stream and leaves the kept-alive socket uncorked for the next request', async () => {
    for (let i = 0; i < 3; i++) {
      const res = await fetch(url);
      expect(res.headers.get('content-type')).toBe('text/event-stream');
      expect(await res.text()).toBe('event: message\ndata: {"ok":true}\n\n');
    }
    expect(corkedWhileAnswering).toEqual([1, 1, 1]);
    expect(corkedAfterEnd).toEqual([0, 0, 0]);
  });
});
