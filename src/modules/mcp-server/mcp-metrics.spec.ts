import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import type { JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';
import { Counter, Histogram, Registry } from 'prom-client';
import { McpTransportMetrics } from './mcp-metrics.js';

describe('McpTransportMetrics', () => {
  function setup() {
    const registry = new Registry();
    const requests = new Counter({
      name: 'req',
      help: 'h',
      labelNames: ['method', 'tool', 'result'],
      registers: [registry],
    });
    const duration = new Histogram({
      name: 'dur',
      help: 'h',
      labelNames: ['method', 'tool'],
      registers: [registry],
    });
    const sent: JSONRPCMessage[] = [];
    const transport = { send: async (m: JSONRPCMessage) => void sent.push(m) } as unknown as Transport;
    const metrics = new McpTransportMetrics(
      { requests, duration, isKnownTool: (n) => n === 'get_app_status' },
      transport,
    );
    const counts = async () =>
      Object.fromEntries(
        (await requests.get()).values.map((v) => [
          `${v.labels.method}|${v.labels.tool}|${v.labels.result}`,
          v.value,
        ]),
      );
    return { metrics, transport, sent, counts, duration };
  }

  it('counts requests when their response leaves, by method, tool and result', async () => {
    const { metrics, transport, sent, counts, duration } = setup();
    metrics.observeIncoming([
      { jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'get_app_status' } },
      { jsonrpc: '2.0', id: 2, method: 'tools/call', params: { name: 'no_such_tool' } },
      { jsonrpc: '2.0', id: 3, method: 'weird/method' },
      { jsonrpc: '2.0', method: 'notifications/initialized' },
    ]);
    expect(await counts()).toEqual({ 'notifications/initialized||ok': 1 });
    await transport.send({ jsonrpc: '2.0', id: 1, result: { content: [], isError: true } });
    await transport.send({ jsonrpc: '2.0', id: 2, result: { content: [] } });
    await transport.send({ jsonrpc: '2.0', id: 3, error: { code: -32601, message: 'nope' } });
    await transport.send({
      jsonrpc: '2.0',
      method: 'notifications/progress',
      params: { progressToken: 1, progress: 1 },
    });
    expect(sent).toHaveLength(4);
    expect(await counts()).toEqual({
      'notifications/initialized||ok': 1,
      'tools/call|get_app_status|tool_error': 1,
      'tools/call|unknown|ok': 1,
      'other||error': 1,
    });
    expect((await duration.get()).values.some((v) => v.labels.tool === 'get_app_status')).toBe(true);
  });

  it('settles refused and cancelled requests, which get no response message', async () => {
    const { metrics, counts } = setup();
    metrics.observeIncoming({ jsonrpc: '2.0', id: 'a', method: 'ping' });
    metrics.settleRefused({ jsonrpc: '2.0', id: 'a', method: 'ping' }, 406);
    metrics.observeIncoming({
      jsonrpc: '2.0',
      id: 'b',
      method: 'tools/call',
      params: { name: 'get_app_status' },
    });
    metrics.observeIncoming({
      jsonrpc: '2.0',
      method: 'notifications/cancelled',
      params: { requestId: 'b' },
    });
    expect(await counts()).toEqual({
      'ping||error': 1,
      'tools/call|get_app_status|cancelled': 1,
      'notifications/cancelled||ok': 1,
    });
  });
});
