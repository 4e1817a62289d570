/**
 * The base-image lock: an image that a production workload runs is built only from bases pinned by digest, once the
 * app reads a lock (BlueprintApp's `baseImageLock`). Docker's build best practices ("Pin base image versions") and
 * SLSA's reproducible builds: a tag moves, a digest does not.
 */
import type { ImageBinding } from '../values/image-facts';
import type { Rule, RuleContext, Violation } from './types';

/** The bases of the binding's image that the app's lock lacks (none when the app reads no lock). */
function unlockedBases(binding: ImageBinding): { file: string; unlocked: readonly string[] } | undefined {
  // An Image's facts are its BuildFacts (lib/images/build-options.ts), whose `baseLock` says what the lock lacked.
  const lock = (binding.facts as { baseLock?: { file: string; unlocked: readonly string[] } }).baseLock;
  return lock !== undefined && lock.unlocked.length > 0 ? lock : undefined;
}

function check(ctx: RuleContext): Violation[] {
  // Object path → production, made only for a binding that lacks a base (none does when the app reads no lock).
  let production: Map<string, boolean> | undefined;
  const seen = new Set<string>();
  const out: Violation[] = [];
  for (const b of ctx.input.images ?? []) {
    const lock = unlockedBases(b);
    if (lock === undefined) continue;
    production ??= new Map(ctx.objects.map((o) => [o.path, o.production]));
    const key = `${b.objectPath}\0${b.dockerfilePath}`;
    if (seen.has(key) || !production.has(b.objectPath)) continue;
    seen.add(key);
    const bases = lock.unlocked.map((r) => `FROM ${r}`).join(', ');
    out.push({
      path: b.objectPath,
      message: `${b.dockerfilePath} vs container '${b.container}': ${bases} ${lock.unlocked.length === 1 ? 'is' : 'are'} not in the base-image lock ${lock.file}, so the build pulls whatever the tag points at that day`,
      severity: production.get(b.objectPath) ? 'error' : 'warning',
    });
  }
  return out;
}

export const BASE_LOCK_RULES: readonly Rule[] = [
  {
    id: 'image-base-locked', severity: 'warning', category: 'image',
    source: 'Docker build best practices, "Pin base image versions" (FROM image:tag@sha256:digest); SLSA v1.0 build track (reproducible inputs); the app\'s base-image lock',
    summary: 'An image a workload runs is built only from base images its app\'s base-image lock pins by digest (when the app reads a lock): an error in production, a warning elsewhere.',
    fix: 'run `npx cdk8s-blueprints lock` to resolve the missing bases into the lock file (or give the preset\'s version prop a digest — rustVersion, goVersion, pythonVersion, nodeVersion or nginxVersion, e.g. goVersion \'1.23@sha256:…\'), then synthesize again',
    check,
  },
];
