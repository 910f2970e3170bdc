import type { JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';
import { McpError } from '@modelcontextprotocol/sdk/types.js';
import { plainErrorMessage } from './mcp-wire.js';

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
