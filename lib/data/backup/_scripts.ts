/**
 * The generated backup and restore scripts (`_scripts.generated.ts`, over 100 KB of shell text), loaded on first
 * use: only an app with a backup or a restore reads them, and every other app would pay for parsing them on load.
 */
import type * as generated from './_scripts.generated';

let loaded: typeof generated | undefined;

/** The `_scripts.generated` module: `BACKUP_SCRIPT_LIBRARY` and `ENGINE_SCRIPTS`. */
export function backupScripts(): typeof generated {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (loaded ??= require('./_scripts.generated') as typeof generated);
}
