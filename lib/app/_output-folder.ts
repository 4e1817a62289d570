import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { BlueprintError } from '../values/_errors';

/**
 * Writes the synthesis output folder without ever losing a file synth did not write, and atomically.
 *
 * Ownership: the folder keeps a manifest, `OUTPUT_MANIFEST`, listing every file synth wrote there with its
 * sha256. Only those files (and the manifest) are ever replaced or removed. Any other file anywhere in the
 * folder, an invalid manifest, a package.json on top (a project folder: refused without walking it), or the
 * folder holding the working directory (it would be renamed) make the call refuse, changing nothing.
 *
 * Atomic swap: the complete new folder is built in a sibling `.<name>.cdk8s-blueprints-staging-<pid>`
 * (unchanged files are hard links to the current ones, so they keep their mtime; copies where links fail;
 * the user's empty folders are recreated; the folder's mode is copied). Then:
 *   1. rename outdir → `.<name>.cdk8s-blueprints-previous` (step 'moved aside'), and re-scan it: a file that
 *      appeared since the first check rolls the rename back and refuses;
 *   2. rename staging → outdir (step 'swapped');
 *   3. remove previous (step 'done').
 * Each rename is atomic, so at every instant outdir is the complete old folder, the complete new one, or (only
 * between 1 and 2) absent while previous holds the complete old one. Recovery, at the start of every call:
 * staging folders of dead processes (and of this one: a failed earlier call) are removed; then if previous
 * exists, it is renamed back when outdir is absent (killed between 1 and 2: the old output returns) or removed
 * when outdir exists (killed after 2: the new output is in place). When every file is identical and nothing is
 * to be removed, nothing is touched. Concurrent synths into the same folder are not supported.
 */

/** Name of the manifest synth keeps in the output folder: the files it wrote there last time, with their sha256. */
export const OUTPUT_MANIFEST = '.cdk8s-blueprints.json';

const GENERATOR = 'cdk8s-blueprints';
const STAGING = '.cdk8s-blueprints-staging-';
const PREVIOUS = '.cdk8s-blueprints-previous';
const SHOWN = 10;

/** Options for `writeOutputFolder`. */
export interface OutputWriteOptions {
  /**
   * Test seam: called at each step of the write, so a test can stop the process mid-way. Steps, in order:
   * `staged <rel>` (each file, then the manifest), `swap` (staging complete), `moved aside` (only when the
   * folder existed), `swapped`, `done`. Not called when nothing changed.
   * @default - none
   */
  readonly onStep?: (step: string) => void;
}

/** What `writeOutputFolder` did. The lists hold paths from `files` (never the manifest), sorted. */
export interface OutputWriteResult {
  /** The output folder, absolute. */
  readonly outdir: string;
  /** Relative paths whose content is new or changed. */
  readonly written: string[];
  /** Relative paths whose content was already there. */
  readonly unchanged: string[];
  /** Files an earlier synth wrote that are no longer produced and were still there (now removed). */
  readonly removed: string[];
}

/** Thrown when the folder holds files synth did not write, or cannot be written safely. */
export class OutputFolderError extends BlueprintError {}

/**
 * Makes `outdir` hold exactly `files` (relative '/'-separated path → content, written as UTF-8) plus the
 * manifest, keeping the user's empty folders. Refuses, changing nothing, when the folder holds any file that
 * is not in its manifest. See the top of this file for the atomic swap and the recovery.
 */
export function writeOutputFolder(outdir: string, files: ReadonlyMap<string, string>, options: OutputWriteOptions = {}): OutputWriteResult {
  const step = options.onStep ?? (() => undefined);
  const shown = path.resolve(outdir);
  const produced = checkPaths(files);
  const real = realPath(shown);
  const parent = path.dirname(real);
  const base = path.basename(real);
  if (parent === real) throw new OutputFolderError(`Output folder '${shown}': is the file system root; choose an output folder of its own ('outdir'), such as 'dist'`);
  const previous = path.join(parent, `.${base}${PREVIOUS}`);
  const staging = path.join(parent, `.${base}${STAGING}${process.pid}`);
  try {
    recover(real, parent, base, previous);
    const stat = lstat(real);
    if (stat && !stat.isDirectory()) throw new OutputFolderError(`Output folder '${shown}': is a file, not a folder; move it or choose another output folder ('outdir')`);
    const manifest = stat ? readManifest(real) : undefined;
    const valid = manifest !== 'invalid';
    const owned = (valid && manifest?.owned) || new Set<string>();
    const cwd = fs.realpathSync(process.cwd());
    const holdsCwd = cwd === real || cwd.startsWith(real + path.sep);
    const project = !owned.has('package.json') && lstat(path.join(real, 'package.json')) !== undefined;
    if (stat && (holdsCwd || project)) throw notOwnFolder(shown, real, project, holdsCwd ? cwd : undefined, owned);
    const old = stat ? scan(real) : undefined;
    const producedSet = new Set(produced);
    // The user's empty folders are kept, unless one is at (or under) a path about to be written.
    const inTheWay = (dir: string) => prefixes(dir).some((p) => producedSet.has(p));
    const keptDirs = (old?.emptyDirs ?? []).filter((d) => !inTheWay(d));
    const foreign = old ? foreignEntries(old, owned, valid, keptDirs) : [];
    if (foreign.length > 0) throw foreignError(shown, foreign, !valid);

    // Each file's sha256 for the manifest, hashed from bytes there are anyway: an unchanged file's as read to compare
    // it, a written one's as they are written (encoding a manifest stream once more to hash it cost as much as writing).
    const shas = new Map<string, string>();
    const written: string[] = [];
    const unchanged: string[] = [];
    for (const rel of produced) {
      const bytes = old?.files.get(rel) === true ? fs.readFileSync(path.join(real, rel)) : undefined;
      if (bytes !== undefined && sameContent(bytes, files.get(rel)!)) {
        unchanged.push(rel);
        shas.set(rel, crypto.createHash('sha256').update(bytes).digest('hex'));
      } else {
        written.push(rel);
      }
    }
    const removed = [...owned].filter((rel) => !producedSet.has(rel) && old?.files.has(rel)).sort(compare);
    const same = new Set(unchanged);
    const result: OutputWriteResult = { outdir: shown, written, unchanged, removed };
    if (old && written.length === 0 && removed.length === 0 && valid && manifest?.text === renderManifest(produced, shas)) return result;

    try {
      fs.mkdirSync(parent, { recursive: true });
      fs.mkdirSync(staging);
      for (const rel of produced) {
        const target = path.join(staging, rel);
        fs.mkdirSync(path.dirname(target), { recursive: true });
        const content = files.get(rel)!;
        if (!same.has(rel)) shas.set(rel, writeText(target, content));
        else try { fs.linkSync(path.join(real, rel), target); } catch { writeText(target, content); } // a link keeps the mtime
        step(`staged ${rel}`);
      }
      fs.writeFileSync(path.join(staging, OUTPUT_MANIFEST), renderManifest(produced, shas));
      step(`staged ${OUTPUT_MANIFEST}`);
      for (const dir of keptDirs) fs.mkdirSync(path.join(staging, dir), { recursive: true });
      if (stat) fs.chmodSync(staging, stat.mode & 0o7777);
      step('swap');
      if (stat) {
        fs.renameSync(real, previous);
        try {
          step('moved aside');
          const late = foreignEntries(scan(previous), owned, true, keptDirs);
          if (late.length > 0) throw foreignError(shown, late, false);
          fs.renameSync(staging, real);
        } catch (e) {
          fs.renameSync(previous, real);
          throw e;
        }
      } else {
        fs.renameSync(staging, real);
      }
      step('swapped');
      try { fs.rmSync(previous, { recursive: true, force: true }); } catch { /* the new output is in place; the next call retries */ }
      step('done');
    } finally {
      fs.rmSync(staging, { recursive: true, force: true });
    }
    return result;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (e instanceof BlueprintError || typeof code !== 'string') throw e;
    const hint = code === 'EXDEV' || code === 'EBUSY' ? ` (is it a mount point? Choose a folder inside it as the output folder)`
      : code === 'EACCES' || code === 'EPERM' ? ` (synth replaces the folder atomically, so it needs write access to the folder and to its parent '${parent}')` : '';
    throw new OutputFolderError(`Output folder '${shown}': cannot be written safely: ${(e as Error).message}${hint}`);
  }
}

/** The produced paths, sorted; throws on a path that is not a plain relative path inside the folder. */
function checkPaths(files: ReadonlyMap<string, string>): string[] {
  const produced = [...files.keys()].sort(compare);
  for (const rel of produced) {
    const problem = pathProblem(rel);
    if (problem) throw new OutputFolderError(`Output file '${rel}': ${problem}`);
    const outer = prefixes(rel).find((p) => p !== rel && files.has(p));
    if (outer) throw new OutputFolderError(`Output file '${rel}': path is inside '${outer}', which is also an output file`);
  }
  return produced;
}

function pathProblem(rel: string): string | undefined {
  if (rel === OUTPUT_MANIFEST) return 'path is reserved for the manifest synth keeps in the output folder; choose another path';
  if (rel.startsWith('/') || path.isAbsolute(rel) || /^[A-Za-z]:/.test(rel)) return 'path is absolute; it must be relative to the output folder';
  if (rel.includes('\\')) return "path has a '\\'; separate folders with '/'";
  const segments = rel.split('/');
  if (segments.includes('')) return "path has an empty segment (a leading, trailing or doubled '/')";
  if (segments.includes('..')) return "path has a '..' segment; it must stay inside the output folder";
  if (segments.includes('.')) return "path has a '.' segment; write it without one";
  return undefined;
}

/** 'a/b/c' → ['a', 'a/b', 'a/b/c']. */
function prefixes(rel: string): string[] {
  const segments = rel.split('/');
  return segments.map((_, i) => segments.slice(0, i + 1).join('/'));
}

interface Scan {
  /** Every non-folder entry (symbolic links are not followed) → whether it is a regular file. */
  readonly files: Map<string, boolean>;
  /** Folders with no entries at all. */
  readonly emptyDirs: string[];
}

function scan(root: string): Scan {
  const out: Scan = { files: new Map(), emptyDirs: [] };
  const walk = (rel: string) => {
    const entries = fs.readdirSync(rel ? path.join(root, rel) : root, { withFileTypes: true });
    if (entries.length === 0 && rel) out.emptyDirs.push(rel);
    for (const entry of entries) {
      const r = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(r);
      else out.files.set(r, entry.isFile());
    }
  };
  walk('');
  return out;
}

/** Files that are neither in the manifest nor the manifest itself, and empty folders that would be lost ('dir/'). */
function foreignEntries(folder: Scan, owned: Set<string>, manifestValid: boolean, keptDirs: string[]): string[] {
  const files = [...folder.files.keys()].filter((rel) => !owned.has(rel) && !(manifestValid && rel === OUTPUT_MANIFEST));
  const dirs = folder.emptyDirs.filter((d) => !keptDirs.includes(d)).map((d) => `${d}/`);
  return [...files, ...dirs].sort(compare);
}

/** The manifest in the folder: undefined when there is none, 'invalid' when it is not one synth wrote. */
function readManifest(real: string): { owned: Set<string>; text: string } | 'invalid' | undefined {
  const file = path.join(real, OUTPUT_MANIFEST);
  if (!lstat(file)?.isFile()) return lstat(file) ? 'invalid' : undefined;
  const text = fs.readFileSync(file, 'utf8');
  try {
    const json = JSON.parse(text);
    const entries = Object.entries(json.files);
    const valid = json.generator === GENERATOR && !Array.isArray(json.files)
      && entries.every(([rel, sha]) => !pathProblem(rel) && typeof sha === 'string' && /^[0-9a-f]{64}$/.test(sha));
    return valid ? { owned: new Set(entries.map(([rel]) => rel)), text } : 'invalid';
  } catch {
    return 'invalid';
  }
}

/** The manifest of the `produced` files with their sha256 (hex): deterministic (sorted paths, 2-space indent, trailing newline, nothing else). */
function renderManifest(produced: string[], shas: ReadonlyMap<string, string>): string {
  return `${JSON.stringify({ generator: GENERATOR, files: Object.fromEntries(produced.map((rel) => [rel, shas.get(rel)!])) }, undefined, 2)}\n`;
}

/**
 * `text` as UTF-8, a piece at a time: a manifest stream of thousands of objects is megabytes, and encoding it
 * whole (as `hash.update(text)` and `fs.writeFileSync(file, text)` do) holds a second copy of it outside the heap.
 */
function forEachUtf8Chunk(text: string, fn: (bytes: Buffer) => void): void {
  const size = 1 << 16;
  const buffer = Buffer.allocUnsafe(3 * size + 3); // UTF-8 takes at most 3 bytes per UTF-16 unit
  for (let start = 0; start < text.length;) {
    let end = Math.min(start + size, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end++; // never split a surrogate pair
    fn(buffer.subarray(0, buffer.write(text.slice(start, end), 0, 'utf8')));
    start = end;
  }
}

/** Writes `text` as UTF-8 to `file` and returns the sha256 (hex) of the bytes written. */
function writeText(file: string, text: string): string {
  const hash = crypto.createHash('sha256');
  const fd = fs.openSync(file, 'w');
  try {
    forEachUtf8Chunk(text, (bytes) => {
      hash.update(bytes);
      for (let off = 0; off < bytes.length;) off += fs.writeSync(fd, bytes, off);
    });
  } finally {
    fs.closeSync(fd);
  }
  return hash.digest('hex');
}

/** Whether `bytes` are `text` in UTF-8. */
function sameContent(bytes: Buffer, text: string): boolean {
  let offset = 0;
  let same = true;
  forEachUtf8Chunk(text, (chunk) => {
    if (same) same = offset + chunk.length <= bytes.length && bytes.subarray(offset, offset + chunk.length).equals(chunk);
    offset += chunk.length;
  });
  return same && offset === bytes.length;
}

/** The refusal of a folder holding files synth did not write. */
function foreignError(shown: string, foreign: string[], invalidManifest: boolean): OutputFolderError {
  const why = invalidManifest ? `its '${OUTPUT_MANIFEST}' is not a manifest synth wrote` : `not listed in its manifest '${OUTPUT_MANIFEST}'`;
  return new OutputFolderError(`Output folder '${shown}': holds ${count(foreign, 'file', 'files')} synth did not write (${why}): ${list(foreign)}. `
    + "Synth never deletes or overwrites files it did not write: move them out of the folder, or choose another output folder ('outdir'). "
    + 'If the folder is the output of an older cdk8s-blueprints that kept no manifest, delete the folder once and synthesize again');
}

/** The refusal of a project folder or of the working directory or a parent of it: names its top-level entries, without walking them. */
function notOwnFolder(shown: string, real: string, project: boolean, cwd: string | undefined, owned: Set<string>): OutputFolderError {
  const ours = new Set([OUTPUT_MANIFEST, ...[...owned].map((rel) => rel.split('/')[0])]);
  const entries = fs.readdirSync(real, { withFileTypes: true }).filter((e) => !ours.has(e.name)).map((e) => e.name + (e.isDirectory() ? '/' : '')).sort(compare);
  const what = project ? 'a project folder (it holds package.json)' : cwd === real ? 'the current working directory' : `a parent of the current working directory ('${cwd}')`;
  const holds = entries.length > 0 ? `: it holds ${count(entries, 'entry', 'entries')} synth did not write: ${list(entries)}` : '';
  return new OutputFolderError(`Output folder '${shown}': is ${what}, not a folder of its own${holds}. Synth never deletes or overwrites files it did not write, `
    + `and it replaces the whole output folder: choose an output folder of its own ('outdir'), such as '${path.join(shown, 'dist')}'`);
}

function count(items: string[], one: string, many: string): string {
  return `${items.length} ${items.length === 1 ? one : many}`;
}

/** `'a', 'b'`, at most SHOWN of them, then `and N more`. */
function list(items: string[]): string {
  return items.slice(0, SHOWN).map((rel) => `'${rel}'`).join(', ') + (items.length > SHOWN ? ` and ${items.length - SHOWN} more` : '');
}

/** Finishes or undoes an interrupted earlier call (see the top of this file). */
function recover(real: string, parent: string, base: string, previous: string): void {
  let names: string[];
  try { names = fs.readdirSync(parent); } catch { return; }
  const prefix = `.${base}${STAGING}`;
  for (const name of names) {
    const pid = name.startsWith(prefix) ? name.slice(prefix.length) : '';
    if (/^\d+$/.test(pid) && !alive(Number(pid))) fs.rmSync(path.join(parent, name), { recursive: true, force: true });
  }
  if (!names.includes(path.basename(previous))) return;
  if (lstat(real)) fs.rmSync(previous, { recursive: true, force: true });
  else fs.renameSync(previous, real);
}

/** Whether another live process has this pid (this process counts as dead: its earlier calls are over). */
function alive(pid: number): boolean {
  if (pid === process.pid) return false;
  try { process.kill(pid, 0); return true; } catch (e) { return (e as NodeJS.ErrnoException).code === 'EPERM'; }
}

/** The real path of `p`, also when it (or its target) does not exist yet. */
function realPath(p: string, links = 0): string {
  try { return fs.realpathSync(p); } catch { /* missing: follow a dangling link, else resolve the parent */ }
  if (lstat(p)?.isSymbolicLink() && links < 32) return realPath(path.resolve(path.dirname(p), fs.readlinkSync(p)), links + 1);
  const parent = path.dirname(p);
  return parent === p ? p : path.join(realPath(parent, links), path.basename(p));
}

function lstat(p: string): fs.Stats | undefined {
  return fs.lstatSync(p, { throwIfNoEntry: false });
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
