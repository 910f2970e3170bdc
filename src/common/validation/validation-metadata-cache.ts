import { getMetadataStorage } from 'class-validator';

type Storage = ReturnType<typeof getMetadataStorage>;
type Lookup = Storage['getTargetValidationMetadatas'];
type Rules = ReturnType<Lookup>;

const installed = new WeakSet<Storage>();

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
