import {
  getFromContainer,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  MetadataStorage,
  MinLength,
  validateSync,
} from 'class-validator';
import { cacheValidationMetadata, keepValidatorInstancesInAMap } from './validation-metadata-cache.js';

class Base {
  @IsString() name!: string;
}
class Child extends Base {
  @IsOptional() @IsInt({ groups: ['strict'] }) size?: number;
}

describe('cacheValidationMetadata', () => {
  const uncached = new MetadataStorage();
  const storage = new MetadataStorage();
  const copy = (from: MetadataStorage, to: MetadataStorage) => {
    const metadatas = (from as unknown as { validationMetadatas: Map<unknown, unknown[]> })
      .validationMetadatas;
    for (const list of metadatas.values()) list.forEach((m) => to.addValidationMetadata(m as never));
  };

  beforeAll(async () => {
    const { getMetadataStorage } = await import('class-validator');
    copy(getMetadataStorage(), uncached);
    copy(getMetadataStorage(), storage);
    cacheValidationMetadata(storage);
  });

  it('answers what the storage answers, per class and option set, each call a fresh array', () => {
    const cases: [boolean, boolean, string[] | undefined][] = [
      [false, false, undefined],
      [true, false, undefined],
      [false, true, undefined],
      [false, false, ['strict']],
      [false, true, ['other']],
    ];
    for (const target of [Base, Child])
      for (const [always, strict, groups] of cases) {
        const expected = uncached.getTargetValidationMetadatas(target, '', always, strict, groups);
        const first = storage.getTargetValidationMetadatas(target, '', always, strict, groups);
        const second = storage.getTargetValidationMetadatas(target, '', always, strict, groups);
        expect(first).toEqual(expected);
        expect(second).toEqual(expected);
        expect(second).not.toBe(first);
      }
  });

  it('forgets what it kept when a rule is added', () => {
    const before = storage.getTargetValidationMetadatas(Child, '', false, false).length;
    MinLength(3)(Base.prototype, 'name'); // registers in the global storage; copy it over
    const added = uncached.getTargetValidationMetadatas(Base, '', false, false).length;
    expect(added).toBeGreaterThan(0);
    const global = new MetadataStorage();
    copy(uncached, global);
    storage.addValidationMetadata(
      (global as unknown as { validationMetadatas: Map<unknown, never[]> }).validationMetadatas.get(Base)![0],
    );
    expect(storage.getTargetValidationMetadatas(Child, '', false, false).length).toBe(before + 1);
  });

  it('is installed once per storage', () => {
    const lookup = storage.getTargetValidationMetadatas;
    cacheValidationMetadata(storage);
    expect(storage.getTargetValidationMetadatas).toBe(lookup);
  });

  it('validates as before through the global storage', () => {
    cacheValidationMetadata();
    const child = Object.assign(new Child(), { name: 5, size: 'x' });
    expect(validateSync(child).map((e) => e.property)).toEqual(['size', 'name']);
    expect(validateSync(child, { groups: ['strict'] }).map((e) => e.property)).toEqual(['size']);
  });
});

describe('keepValidatorInstancesInAMap', () => {
  class Rules {
    @IsIn(['a', 'b']) kind!: string;
    @IsOptional() @MinLength(3) label?: string;
  }
  class A {}
  class B {}
  class C {}

  it('gives one instance per class, made on first use, and validation answers as before', () => {
    const before = [
      validateSync(Object.assign(new Rules(), { kind: 'c', label: 'x' })),
      validateSync(new Rules()),
    ];
    const fromDefaultContainer = getFromContainer(C);
    keepValidatorInstancesInAMap();
    keepValidatorInstancesInAMap();
    expect(getFromContainer(C)).not.toBe(fromDefaultContainer); // answered by the Map now
    const a = getFromContainer(A);
    expect(a).toBeInstanceOf(A);
    expect(getFromContainer(A)).toBe(a);
    expect(getFromContainer(B)).not.toBe(a);
    const after = [
      validateSync(Object.assign(new Rules(), { kind: 'c', label: 'x' })),
      validateSync(new Rules()),
    ];
    expect(after).toEqual(before);
    expect(after[0]!.map((e) => Object.keys(e.constraints ?? {}))).toEqual([['isIn'], ['minLength']]);
  });
});
