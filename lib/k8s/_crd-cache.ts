/**
 * Where what a user's CustomResourceDefinitions parse and compile to may be kept between runs: their YAML as
 * JSON, and the ajv validators of their schemas as standalone modules, so an unchanged CRD file is neither parsed
 * nor compiled again (compiling cert-manager's Certificate schema is a tenth of a cold synth of the examples). The
 * CLI sets it to its compile cache (lib/cli/_compile-cache.ts); the library alone, its tests and users' own
 * programs keep none. Entries are named by the sha-1 of what they were made from, so a changed file never meets a
 * stale entry
 * (`entryName`, lib/values/_entry-name.ts).
 */
export interface CrdCache {
  /** The JSON value kept under `key`, or undefined. */
  readJson(key: string): unknown;
  writeJson(key: string, value: unknown): void;
  /** What the module kept under `key` exports, run with `require`, or undefined. */
  loadModule(key: string, require: NodeJS.Require): unknown;
  writeModule(key: string, code: string): void;
}

let current: CrdCache | undefined;

/** Sets (or, with undefined, removes) the cache of this process. */
export function useCrdCache(cache: CrdCache | undefined): void {
  current = cache;
}

/** The cache of this process, if any. */
export function crdCache(): CrdCache | undefined {
  return current;
}

/** Whether JSON keeps `value` as it is: plain objects, arrays, strings, finite numbers, booleans and null only. */
export function isJsonValue(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(isJsonValue);
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) return Object.values(value as object).every(isJsonValue);
  return false;
}
