import { randomBytes } from 'node:crypto';
import { ensureBuilt, ServiceProcess } from '../support/service-process.js';
import { TEST_JWT_SECRET, TestDatabaseHandle } from '../support/test-app.js';
import { signToken } from '../support/tokens.js';
import { waitFor } from '../support/wait.js';

/**
 * Log lines leave the built service (`node dist/main.js`) in batches (KLEPAAS_LOG_FLUSH_MS): none is lost
 * when the process is stopped, they arrive within the flush interval while it runs, and batching changes
 * nothing of what a line holds (request id, redaction).
 */
describe('log lines of the running service (batched stdout)', () => {
  let database: TestDatabaseHandle;
  const started: ServiceProcess[] = [];

  beforeAll(async () => {
    await ensureBuilt();
    database = TestDatabaseHandle.create();
  }, 300_000);

  afterAll(async () => {
    await Promise.all(started.map((s) => s.kill()));
    await database?.drop();
  });

  const start = async (flushMs: string) => {
    const service = await ServiceProcess.start({
      ...database.env,
      KLEPAAS_ENV: 'test',
      KLEPAAS_AUTH_MODE: 'jwt',
      KLEPAAS_JWT_SECRET: TEST_JWT_SECRET,
      KLEPAAS_LOG_LEVEL: 'info',
      KLEPAAS_LOG_FLUSH_MS: flushMs,
    });
    started.push(service);
    return service;
  };

  /** An authenticated read with a request id of its own; returns the id and the token it carried. */
  const read = async (service: ServiceProcess) => {
    const requestId = `log-lines-${randomBytes(6).toString('hex')}`;
    const token = await signToken({ scope: 'audit:read' });
    const res = await fetch(`${service.url}/api/v1/audit?limit=1`, {
      headers: { authorization: `Bearer ${token}`, 'x-request-id': requestId },
    });
    expect(res.status).toBe(200);
    return { requestId, token };
  };

  const linesOf = (service: ServiceProcess, requestId: string) =>
    service.output
      .join('')
      .split('\n')
      .filter((l) => l.includes(requestId))
      .map((l) => JSON.parse(l) as { msg?: string; req?: { id?: string; url?: string } });

  it('a line still in the buffer is written when the service is stopped (SIGTERM)', async () => {
    // an interval no test waits for: only the exit's flush can write the line
    const service = await start('10000');
    const { requestId, token } = await read(service);
    await service.stop();

    const lines = linesOf(service, requestId);
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          msg: 'request completed',
          req: expect.objectContaining({ id: requestId, url: '/api/v1/audit' }),
        }),
      ]),
    );
    expect(service.output.join('')).not.toContain(token);
  }, 120_000);

  it.each([
    ['50', 'while the service runs, a line arrives within the flush interval'],
    ['0', 'each line is written as it is logged'],
  ])(
    'KLEPAAS_LOG_FLUSH_MS=%s: %s',
    async (flushMs) => {
      const service = await start(flushMs);
      const { requestId } = await read(service);
      await waitFor('the request line on stdout', () => linesOf(service, requestId).length > 0, 5_000);
      await service.stop();
    },
    120_000,
  );
});
