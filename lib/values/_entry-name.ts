/**
 * The name of a cache entry: the sha-1 (hex) of what it was made from. Both caches name entries this way — the
 * CLI's compile cache (lib/cli/_compile-cache.ts) and the CRD cache it backs (lib/k8s/_crd-cache.ts) — so that an
 * edited file, an upgraded package or another Node never meets a stale entry. Node's crypto only: the compile
 * cache loads this before the library (test/cli/ts-loader.test.ts runs it with nothing else of the package).
 */
import { createHash } from 'crypto';

/** The sha-1 (hex) of the parts, each length-prefixed so that no two lists of parts hash alike. */
export function entryName(...parts: readonly (string | Buffer)[]): string {
  const hash = createHash('sha1');
  for (const p of parts) hash.update(`${Buffer.byteLength(p)}:`).update(p);
  return hash.digest('hex');
}
