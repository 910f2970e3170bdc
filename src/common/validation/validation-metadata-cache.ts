import { getMetadataStorage, useContainer } from 'class-validator';

type Storage = ReturnType<typeof getMetadataStorage>;
type Lookup = Storage['getTargetValidationMetadatas'];
type Rules = ReturnType<Lookup>;

const installed = new WeakSet<Storage>();
/** Moves whenever a rule is registered in a storage the cache is installed on. */
let rulesVersion = 0;

/** Moves whenever a validation rule is registered (after `cacheValidationMetadata` installed the hook). */
export function validationRulesVersion(): number {
  return rulesVersion;
}

/**
 * class-validator resolves a class's rules on every validate() by testing every registered class for
 * ancestry (typestack/class-validator#2686, open): with the app's DTOs that scan was a visible share of a
 * small read. The answer only changes when rules are registered, so it is kept per class and per option
 * set, and forgotten whenever any rule is added. Installed once per metadata storage (it is global).
 */
export function cacheValidationMetadata(storage: Storage = getMetadataStorage()): void {
  if (installed.has(storage)) return;
  installed.add(storage);
  const lookup: Lookup = storage.getTargetValidationMetadatas.bind(storage);
  let cache = new WeakMap<object, Map<string, Rules>>();
  const forget = <A extends unknown[]>(add: (...args: A) => void) =>
    function (this: Storage, ...args: A): void {
      cache = new WeakMap();
      rulesVersion++;
      add.apply(this, args);
    };
  storage.addValidationMetadata = forget(storage.addValidationMetadata);
  storage.addConstraintMetadata = forget(storage.addConstraintMetadata);
  storage.getTargetValidationMetadatas = (target, schema, always, strictGroups, groups) => {
    const key = JSON.stringify([schema ?? null, always ?? null, strictGroups ?? null, groups ?? null]);
    let byOptions = cache.get(target);
    if (!byOptions) cache.set(target, (byOptions = new Map()));
    let found = byOptions.get(key);
    if (!found) byOptions.set(key, (found = lookup(target, schema, always, strictGroups, groups)));
    // a copy: callers own the array they get, as they did before
    return found.slice();
  };
}

type Constructor = new () => unknown;
let instancesByClass: Map<Constructor, unknown> | undefined;

/**
 * class-validator fetches the instance of every rule it checks from its default container, which finds it
 * by a linear search of every instance made so far: one per decorator written with `registerDecorator` or
 * `ValidateBy` (most of the built-in ones), hundreds in this app, so a DTO of a few fields paid for
 * thousands of comparisons per request. The same container behind a Map: still one instance per class,
 * made with `new` on first use. Installed once, through class-validator's own `useContainer`.
 */
export function keepValidatorInstancesInAMap(): void {
  if (instancesByClass) return;
  const instances = (instancesByClass = new Map());
  useContainer({
    get(someClass: Constructor): unknown {
      let instance = instances.get(someClass);
      if (instance === undefined) instances.set(someClass, (instance = new someClass()));
      return instance;
    },
  });
}
