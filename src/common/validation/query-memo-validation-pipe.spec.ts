import { jest } from '@jest/globals';
import { BadRequestException, ValidationPipe, type ArgumentMetadata } from '@nestjs/common';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsDate, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { AuditQueryDto } from '../../modules/audit/dto/audit-query.dto.js';
import { QUERY_MEMO_SIZE, QueryMemoValidationPipe } from './query-memo-validation-pipe.js';

/** ValidationPipe's `validate` is protected: the spy reaches it through this view of the pipe. */
const validatorOf = (pipe: QueryMemoValidationPipe) =>
  pipe as unknown as { validate: (...args: unknown[]) => unknown };

class FlagsQuery {
  @IsOptional() @Transform(({ value }) => value === 'true' || value === true) @IsBoolean() dryRun?: boolean;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(9) n?: number;
  @IsOptional() @IsString() @MaxLength(5) name?: string;
}
class DateQuery {
  @IsOptional() @Type(() => Date) @IsDate() since?: Date;
}

const options = { whitelist: true, forbidNonWhitelisted: true, transform: true };
const query = (metatype: ArgumentMetadata['metatype']): ArgumentMetadata => ({ type: 'query', metatype });
/** A query as Express 5's parser gives it (null prototype). */
const q = (entries: Record<string, unknown>): object =>
  Object.assign(Object.create(null) as object, entries) as object;

async function outcome(pipe: ValidationPipe, value: unknown, metadata: ArgumentMetadata) {
  try {
    const r = (await pipe.transform(value, metadata)) as object;
    return { ok: r, proto: Object.getPrototypeOf(r) as unknown, keys: Reflect.ownKeys(r) };
  } catch (err) {
    return { error: err instanceof BadRequestException ? err.getResponse() : err };
  }
}

describe('QueryMemoValidationPipe', () => {
  const cases: [ArgumentMetadata['metatype'], Record<string, unknown>][] = [
    [AuditQueryDto, {}],
    [AuditQueryDto, { limit: '1' }],
    [AuditQueryDto, { limit: '0' }],
    [AuditQueryDto, { limit: '1.5' }],
    [AuditQueryDto, { limit: 'x', user: 'a' }],
    [AuditQueryDto, { limit: ['1', '2'] }],
    [AuditQueryDto, { user: ['a', 'b'] }],
    [AuditQueryDto, { status: '403', from: '2026-11-01T00:00:00Z', to: 'nope' }],
    [AuditQueryDto, { status: '403', from: '2026-11-01T00:00:00Z', resource: '/api/v1/apps' }],
    [AuditQueryDto, { unknown: '1' }],
    // an own `__proto__` key, as a query string can carry one
    [AuditQueryDto, JSON.parse('{"__proto__":"1","limit":"2"}') as Record<string, unknown>],
    [AuditQueryDto, { constructor: 'x' }],
    [AuditQueryDto, { cursor: 'x'.repeat(600) }],
    [AuditQueryDto, { action: 'y'.repeat(300) }],
    [FlagsQuery, { dryRun: 'true', n: '3', name: 'ab' }],
    [FlagsQuery, { dryRun: 'no', n: '10' }],
    [DateQuery, { since: '2026-01-01' }],
  ];

  it('answers exactly what ValidationPipe answers, the first time and every time after', async () => {
    const plain = new ValidationPipe(options);
    const memo = new QueryMemoValidationPipe(options);
    for (let round = 0; round < 3; round++)
      for (const [metatype, entries] of cases) {
        const expected = await outcome(plain, q(entries), query(metatype));
        const got = await outcome(memo, q(entries), query(metatype));
        expect(got).toEqual(expected);
        // a plain object (qs' parser) alike
        expect(await outcome(memo, { ...entries }, query(metatype))).toEqual(
          await outcome(plain, { ...entries }, query(metatype)),
        );
      }
  });

  it('validates a query string once, then hands out fresh copies of the DTO', async () => {
    const memo = new QueryMemoValidationPipe(options);
    const validate = jest.spyOn(validatorOf(memo), 'validate');
    const first = (await memo.transform(q({ limit: '7', user: 'alice' }), query(AuditQueryDto))) as {
      limit?: number;
    };
    first.limit = 99; // the controller's copy is its own
    const second = (await memo.transform(q({ limit: '7', user: 'alice' }), query(AuditQueryDto))) as object;
    expect(second).toBeInstanceOf(AuditQueryDto);
    expect(second).toEqual(Object.assign(new AuditQueryDto(), { limit: 7, user: 'alice' }));
    expect(second).not.toBe(first);
    expect(validate).toHaveBeenCalledTimes(1);
    // per class: the same string for another DTO is validated for it
    await memo.transform(q({ n: '7' }), query(FlagsQuery));
    await memo.transform(q({ n: '7' }), query(FlagsQuery));
    expect(validate).toHaveBeenCalledTimes(2);
  });

  it('validates every time what it does not keep: refusals, non-strings, objects in the DTO, bodies', async () => {
    const memo = new QueryMemoValidationPipe(options);
    const validate = jest.spyOn(validatorOf(memo), 'validate');
    const twice = async (value: () => unknown, metadata: ArgumentMetadata) => {
      validate.mockClear();
      await outcome(memo, value(), metadata);
      await outcome(memo, value(), metadata);
      return validate.mock.calls.length;
    };
    expect(await twice(() => q({ limit: '0' }), query(AuditQueryDto))).toBe(2);
    expect(await twice(() => q({ user: ['a', 'b'] }), query(AuditQueryDto))).toBe(2);
    expect(
      await twice(() => q(JSON.parse('{"__proto__":"x"}') as Record<string, unknown>), query(AuditQueryDto)),
    ).toBe(2);
    expect(await twice(() => q({ cursor: 'c'.repeat(600) }), query(AuditQueryDto))).toBe(2);
    expect(await twice(() => q({ since: '2026-01-01' }), query(DateQuery))).toBe(2);
    expect(await twice(() => ({ limit: '1' }), { type: 'body', metatype: AuditQueryDto })).toBe(2);
    expect(await twice(() => q({ limit: '1' }), query(AuditQueryDto))).toBe(1);
  });

  it('is bounded per class, least recently used out first', async () => {
    const memo = new QueryMemoValidationPipe(options);
    const validate = jest.spyOn(validatorOf(memo), 'validate');
    for (let i = 0; i <= QUERY_MEMO_SIZE; i++)
      await memo.transform(q({ user: `u${i}` }), query(AuditQueryDto));
    validate.mockClear();
    await memo.transform(q({ user: `u${QUERY_MEMO_SIZE}` }), query(AuditQueryDto));
    expect(validate).not.toHaveBeenCalled();
    await memo.transform(q({ user: 'u0' }), query(AuditQueryDto));
    expect(validate).toHaveBeenCalledTimes(1);
  });

  it('forgets everything when a rule is registered', async () => {
    class Later {
      @IsOptional() @IsString() name?: string;
    }
    const memo = new QueryMemoValidationPipe(options);
    expect(await memo.transform(q({ name: 'abcdef' }), query(Later))).toEqual(
      Object.assign(new Later(), { name: 'abcdef' }),
    );
    MaxLength(3)(Later.prototype, 'name');
    await expect(memo.transform(q({ name: 'abcdef' }), query(Later))).rejects.toBeInstanceOf(
      BadRequestException,
    );
  });
});
