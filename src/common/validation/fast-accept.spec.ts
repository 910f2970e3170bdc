import { jest } from '@jest/globals';
import { ValidationPipe, type ArgumentMetadata } from '@nestjs/common';
import { InterpretDto, ProcessDto } from '../../modules/nlp/dto/interpret.dto.js';
import { ValidationPipeWithFastAccept } from './fast-accept.js';

const options = { whitelist: true, forbidNonWhitelisted: true, transform: true };
const full = new ValidationPipe(options);
const fast = new ValidationPipeWithFastAccept(options);

const outcome = async (pipe: ValidationPipe, value: unknown, metatype: new () => object) => {
  const metadata: ArgumentMetadata = { type: 'body', metatype, data: undefined };
  try {
    const v = (await pipe.transform(structuredClone(value), metadata)) as object;
    return { ok: true, proto: Object.getPrototypeOf(v) as unknown, value: { ...v } };
  } catch (err) {
    return { ok: false, error: (err as { getResponse?: () => unknown }).getResponse?.() ?? String(err) };
  }
};

const long = (n: number) => 'a'.repeat(n);
const bodies: unknown[] = [
  { command: 'web-app 상태 알려줘' },
  { command: 'restart worker', sessionId: 's-1', projectName: 'shop' },
  { command: 'x', projectName: '' },
  { command: '' },
  { command: '   ' },
  { command: '\uFE0F' },
  { command: '🚀 deploy' },
  { command: long(5000) },
  { command: 'status', sessionId: '' },
  { command: 'status', sessionId: long(255) },
  { command: 'status', sessionId: long(256) },
  { command: 'status', projectName: long(255) },
  { command: 'status', projectName: long(256) },
  { command: 'status', projectName: `${long(254)}😀` },
  { command: 'status', projectName: null },
  { command: 'status', sessionId: 7 },
  { command: 7 },
  { command: ['status'] },
  {},
  { command: 'status', extra: 1 },
  { command: 'status', constructor: 'x' },
  JSON.parse('{"command":"status","__proto__":{"x":1}}'),
  { command: 'delete worker', confirmationToken: 'abc', dryRun: true },
  { command: 'delete worker', confirmationToken: long(4096), dryRun: false },
  { command: 'delete worker', confirmationToken: long(4097) },
  { command: 'delete worker', dryRun: 'true' },
  { command: 'delete worker', confirmationToken: null },
  null,
  'status',
  [],
];

describe('ValidationPipeWithFastAccept', () => {
  it.each([InterpretDto, ProcessDto])('answers %p bodies exactly as the ValidationPipe does', async (dto) => {
    for (const body of bodies)
      expect({ body, ...(await outcome(fast, body, dto)) }).toEqual({
        body,
        ...(await outcome(full, body, dto)),
      });
  });

  it('takes the fast way for ordinary bodies only', () => {
    const metadata: ArgumentMetadata = { type: 'body', metatype: InterpretDto, data: undefined };
    const transformSpy = jest.spyOn(ValidationPipe.prototype, 'transform');
    try {
      void fast.transform({ command: 'web-app 상태 알려줘', sessionId: 's' }, metadata);
      expect(transformSpy).not.toHaveBeenCalled();
      void fast.transform({ command: 'status', extra: 1 }, metadata).catch(() => undefined);
      expect(transformSpy).toHaveBeenCalledTimes(1);
    } finally {
      transformSpy.mockRestore();
    }
  });
});
