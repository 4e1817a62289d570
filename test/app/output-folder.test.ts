import { spawn } from 'child_process';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { OUTPUT_MANIFEST, OutputFolderError, OutputWriteOptions, writeOutputFolder } from '../../lib/app/_output-folder';

const OLD = { 'a.yaml': 'a: 1\n', 'b.yaml': 'b: 1\n', 'gone/c.yaml': 'c: 1\n' };
const NEW = { 'a.yaml': 'a: 1\n', 'b.yaml': 'b: 2\n', 'd.yaml': 'd: 2\n' };
const FOREIGN_ADVICE = "Synth never deletes or overwrites files it did not write: move them out of the folder, or choose another output folder ('outdir'). "
  + 'If the folder is the output of an older cdk8s-blueprints that kept no manifest, delete the folder once and synthesize again';
const OWN_FOLDER_ADVICE = "Synth never deletes or overwrites files it did not write, and it replaces the whole output folder: choose an output folder of its own ('outdir'), such as";

const roots: string[] = [];
/** A fresh folder under the OS temp dir, removed after the test. */
function tmp(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdk8s-output-folder-'));
  roots.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of roots.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function write(outdir: string, files: Record<string, string>, options?: OutputWriteOptions) {
  return writeOutputFolder(outdir, new Map(Object.entries(files)), options);
}

/** Every file under `dir` with its content, empty folders as 'name/' → ''; undefined when `dir` is missing. */
function snapshot(dir: string): Record<string, string> | undefined {
  if (!fs.existsSync(dir)) return undefined;
  const out: Record<string, string> = {};
  const walk = (rel: string) => {
    const entries = fs.readdirSync(path.join(dir, rel), { withFileTypes: true });
    if (entries.length === 0 && rel) out[`${rel}/`] = '';
    for (const e of entries) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(r);
      else out[r] = fs.readFileSync(path.join(dir, r), 'utf8');
    }
  };
  walk('');
  return out;
}

/** mtime of `dir` and of everything in it. */
function mtimes(dir: string): Record<string, number> {
  const out: Record<string, number> = { '.': fs.statSync(dir).mtimeMs };
  for (const rel of fs.readdirSync(dir, { recursive: true }) as string[]) out[rel] = fs.lstatSync(path.join(dir, rel)).mtimeMs;
  return out;
}

/** Sets the mtime of `dir` and everything in it to 2001, so that any later write shows. */
function age(dir: string): void {
  const then = new Date('2001-01-01T00:00:00Z');
  for (const rel of fs.readdirSync(dir, { recursive: true }) as string[]) fs.utimesSync(path.join(dir, rel), then, then);
  fs.utimesSync(dir, then, then);
}

function sha(content: string): string {
  return crypto.createHash('sha256').update(content).digest('hex');
}

/** The folder's expected content: the files plus their manifest. */
function output(files: Record<string, string>): Record<string, string> {
  const listed = Object.keys(files).sort().map((rel) => `    "${rel}": "${sha(files[rel])}"`).join(',\n');
  return { ...files, [OUTPUT_MANIFEST]: `{\n  "generator": "cdk8s-blueprints",\n  "files": {\n${listed}\n  }\n}\n` };
}

describe('writeOutputFolder', () => {
  test('first write into a missing folder creates it with the files and a deterministic manifest', () => {
    // GIVEN
    const outdir = path.join(tmp(), 'build', 'dist');

    // WHEN
    const result = write(outdir, { 'b.yaml': 'b: 1\n', 'a/x.yaml': 'x: 1\n' });

    // THEN
    expect(result).toEqual({ outdir, written: ['a/x.yaml', 'b.yaml'], unchanged: [], removed: [] });
    expect(snapshot(outdir)).toEqual(output({ 'a/x.yaml': 'x: 1\n', 'b.yaml': 'b: 1\n' }));
    expect(fs.readFileSync(path.join(outdir, OUTPUT_MANIFEST), 'utf8')).toBe('{\n'
      + '  "generator": "cdk8s-blueprints",\n'
      + '  "files": {\n'
      + `    "a/x.yaml": "${sha('x: 1\n')}",\n`
      + `    "b.yaml": "${sha('b: 1\n')}"\n`
      + '  }\n'
      + '}\n');
    expect(fs.readdirSync(path.dirname(outdir))).toEqual(['dist']);
  });

  test('the same input gives a byte-identical folder, whatever the order of the map', () => {
    // GIVEN
    const [one, two] = [path.join(tmp(), 'out'), path.join(tmp(), 'out')];

    // WHEN
    writeOutputFolder(one, new Map([['b.yaml', 'b'], ['a.yaml', 'a']]));
    writeOutputFolder(two, new Map([['a.yaml', 'a'], ['b.yaml', 'b']]));

    // THEN
    expect(snapshot(one)).toEqual(snapshot(two));
    expect(snapshot(one)).toEqual(output({ 'a.yaml': 'a', 'b.yaml': 'b' }));
  });

  test('a second write with changes reports written, unchanged and removed exactly, keeping mode and untouched files', () => {
    // GIVEN
    const outdir = path.join(tmp(), 'dist');
    write(outdir, OLD);
    fs.chmodSync(outdir, 0o750);
    age(outdir);
    const steps: string[] = [];

    // WHEN
    const result = write(outdir, NEW, { onStep: (step) => steps.push(step) });

    // THEN
    expect(result).toEqual({ outdir, written: ['b.yaml', 'd.yaml'], unchanged: ['a.yaml'], removed: ['gone/c.yaml'] });
    expect(snapshot(outdir)).toEqual(output(NEW));
    expect(steps).toEqual(['staged a.yaml', 'staged b.yaml', 'staged d.yaml', `staged ${OUTPUT_MANIFEST}`, 'swap', 'moved aside', 'swapped', 'done']);
    expect(fs.statSync(outdir).mode & 0o777).toBe(0o750);
    expect(fs.statSync(path.join(outdir, 'a.yaml')).mtime.toISOString()).toBe('2001-01-01T00:00:00.000Z');
    expect(fs.readdirSync(path.dirname(outdir))).toEqual(['dist']);
  });

  test('an unchanged second write touches nothing', () => {
    // GIVEN
    const outdir = path.join(tmp(), 'dist');
    write(outdir, OLD);
    age(outdir);
    const before = mtimes(outdir);
    const inode = fs.statSync(outdir).ino;
    const steps: string[] = [];

    // WHEN
    const result = write(outdir, OLD, { onStep: (step) => steps.push(step) });

    // THEN
    expect(result).toEqual({ outdir, written: [], unchanged: ['a.yaml', 'b.yaml', 'gone/c.yaml'], removed: [] });
    expect(mtimes(outdir)).toEqual(before);
    expect(fs.statSync(outdir).ino).toBe(inode);
    expect(steps).toEqual([]);
  });

  test('files larger than one write are written, hashed and compared byte for byte, multi-byte characters across every piece', () => {
    // GIVEN: 1 MiB of text whose 65,536-unit pieces end inside a surrogate pair, after 3-byte and 2-byte characters
    const unit = 'aé€😀'; // 1, 2, 3 bytes, and a surrogate pair of 4 bytes
    const big = `${'x'.repeat(65_535)}😀${unit.repeat(200_000)}`;
    const changed = `${big.slice(0, -1)}b`;
    const outdir = path.join(tmp(), 'dist');

    // WHEN
    write(outdir, { 'big.yaml': big });
    age(outdir);
    const again = write(outdir, { 'big.yaml': big });
    const third = write(outdir, { 'big.yaml': changed });

    // THEN
    expect(fs.readFileSync(path.join(outdir, 'big.yaml')).equals(Buffer.from(changed, 'utf8'))).toBe(true);
    expect(again).toEqual({ outdir, written: [], unchanged: ['big.yaml'], removed: [] });
    expect(third).toEqual({ outdir, written: ['big.yaml'], unchanged: [], removed: [] });
    const manifest = JSON.parse(fs.readFileSync(path.join(outdir, OUTPUT_MANIFEST), 'utf8'));
    expect(manifest.files['big.yaml']).toBe(crypto.createHash('sha256').update(changed, 'utf8').digest('hex'));
  });

  test('writes into an existing empty folder and into a folder reached through a symbolic link', () => {
    // GIVEN
    const root = tmp();
    fs.mkdirSync(path.join(root, 'empty'));
    fs.mkdirSync(path.join(root, 'real'));
    fs.symlinkSync(path.join(root, 'real'), path.join(root, 'link'));

    // WHEN
    write(path.join(root, 'empty'), OLD);
    write(path.join(root, 'link'), OLD);
    write(path.join(root, 'link'), NEW);

    // THEN
    expect(snapshot(path.join(root, 'empty'))).toEqual(output(OLD));
    expect(fs.lstatSync(path.join(root, 'link')).isSymbolicLink()).toBe(true);
    expect(snapshot(path.join(root, 'real'))).toEqual(output(NEW));
    expect(fs.readdirSync(root).sort()).toEqual(['empty', 'link', 'real']);
  });

  test('a foreign file is named in the error and nothing is changed', () => {
    // GIVEN
    const outdir = path.join(tmp(), 'dist');
    write(outdir, OLD);
    fs.writeFileSync(path.join(outdir, 'notes.txt'), 'mine');
    fs.mkdirSync(path.join(outdir, 'gone', 'sub'));
    fs.writeFileSync(path.join(outdir, 'gone', 'sub', 'user.md'), '# mine');
    age(outdir);
    const [before, times] = [snapshot(outdir), mtimes(outdir)];

    // WHEN
    const act = () => write(outdir, NEW);

    // THEN
    expect(act).toThrow(OutputFolderError);
    expect(act).toThrow(`Output folder '${outdir}': holds 2 files synth did not write (not listed in its manifest '${OUTPUT_MANIFEST}'): `
      + `'gone/sub/user.md', 'notes.txt'. ${FOREIGN_ADVICE}`);
    expect(snapshot(outdir)).toEqual(before);
    expect(mtimes(outdir)).toEqual(times);
    expect(fs.readdirSync(path.dirname(outdir))).toEqual(['dist']);
  });

  test('a file or an empty folder at a path about to be written, but not in the manifest, is refused', () => {
    // GIVEN
    const outdir = path.join(tmp(), 'dist');
    write(outdir, OLD);
    fs.writeFileSync(path.join(outdir, 'd.yaml'), 'hand-written');
    fs.mkdirSync(path.join(outdir, 'e.yaml'));
    const before = snapshot(outdir);

    // WHEN
    const act = () => write(outdir, { ...NEW, 'e.yaml': 'e' });

    // THEN
    expect(act).toThrow(`Output folder '${outdir}': holds 2 files synth did not write (not listed in its manifest '${OUTPUT_MANIFEST}'): `
      + `'d.yaml', 'e.yaml/'. ${FOREIGN_ADVICE}`);
    expect(snapshot(outdir)).toEqual(before);
  });

  test('the output of an older version without a manifest is refused, showing at most 10 files', () => {
    // GIVEN
    const outdir = path.join(tmp(), 'dist');
    fs.mkdirSync(outdir);
    for (let i = 1; i <= 12; i++) fs.writeFileSync(path.join(outdir, `f${String(i).padStart(2, '0')}.yaml`), 'old');

    // WHEN
    const act = () => write(outdir, { 'f01.yaml': 'new' });

    // THEN
    expect(act).toThrow(`Output folder '${outdir}': holds 12 files synth did not write (not listed in its manifest '${OUTPUT_MANIFEST}'): `
      + "'f01.yaml', 'f02.yaml', 'f03.yaml', 'f04.yaml', 'f05.yaml', 'f06.yaml', 'f07.yaml', 'f08.yaml', 'f09.yaml', 'f10.yaml' and 2 more. "
      + FOREIGN_ADVICE);
    expect(fs.readFileSync(path.join(outdir, 'f01.yaml'), 'utf8')).toBe('old');
  });

  test('a manifest synth did not write (here naming a file outside the folder) owns nothing', () => {
    // GIVEN
    const root = tmp();
    const outdir = path.join(root, 'dist');
    write(outdir, OLD);
    fs.writeFileSync(path.join(root, 'outside.txt'), 'precious');
    fs.writeFileSync(path.join(outdir, OUTPUT_MANIFEST), JSON.stringify({ generator: 'cdk8s-blueprints', files: { '../outside.txt': sha('precious') } }));
    const before = snapshot(root);

    // WHEN
    const act = () => write(outdir, NEW);

    // THEN
    expect(act).toThrow(`Output folder '${outdir}': holds 4 files synth did not write (its '${OUTPUT_MANIFEST}' is not a manifest synth wrote): `
      + `'${OUTPUT_MANIFEST}', 'a.yaml', 'b.yaml', 'gone/c.yaml'. ${FOREIGN_ADVICE}`);
    expect(snapshot(root)).toEqual(before);
  });

  test('a file that appears while synth is writing is not lost: the swap is rolled back and refused', () => {
    // GIVEN
    const outdir = path.join(tmp(), 'dist');
    write(outdir, OLD);

    // WHEN
    const act = () => write(outdir, NEW, { onStep: (step) => { if (step === 'swap') fs.writeFileSync(path.join(outdir, 'late.txt'), 'late'); } });

    // THEN
    expect(act).toThrow(`Output folder '${outdir}': holds 1 file synth did not write (not listed in its manifest '${OUTPUT_MANIFEST}'): 'late.txt'. ${FOREIGN_ADVICE}`);
    expect(snapshot(outdir)).toEqual({ ...output(OLD), 'late.txt': 'late' });
    expect(fs.readdirSync(path.dirname(outdir))).toEqual(['dist']);
  });

  test('pruning removes only manifest files and the folders it emptied', () => {
    // GIVEN
    const outdir = path.join(tmp(), 'dist');
    write(outdir, { 'keep.yaml': 'k', 'b/one.yaml': '1', 'b/deep/two.yaml': '2', 'c/three.yaml': '3' });
    fs.mkdirSync(path.join(outdir, 'c', 'logs'));
    fs.mkdirSync(path.join(outdir, 'empty', 'nested'), { recursive: true });

    // WHEN
    const result = write(outdir, { 'keep.yaml': 'k' });

    // THEN
    expect(result.removed).toEqual(['b/deep/two.yaml', 'b/one.yaml', 'c/three.yaml']);
    expect(snapshot(outdir)).toEqual({ ...output({ 'keep.yaml': 'k' }), 'c/logs/': '', 'empty/nested/': '' });
  });

  test('a project folder holding package.json is refused as the output folder and left untouched', () => {
    // GIVEN
    const project = tmp();
    fs.writeFileSync(path.join(project, 'package.json'), '{}\n');
    fs.mkdirSync(path.join(project, 'src'));
    fs.writeFileSync(path.join(project, 'src', 'main.ts'), 'app.synth();\n');
    age(project);
    const [before, times] = [snapshot(project), mtimes(project)];

    // WHEN
    const act = () => write(project, OLD);

    // THEN
    expect(act).toThrow(`Output folder '${project}': is a project folder (it holds package.json), not a folder of its own: `
      + `it holds 2 entries synth did not write: 'package.json', 'src/'. ${OWN_FOLDER_ADVICE} '${project}/dist'`);
    expect(snapshot(project)).toEqual(before);
    expect(mtimes(project)).toEqual(times);
  });

  test("'.' at a project root is refused without walking the project", () => {
    // GIVEN
    const project = tmp();
    fs.writeFileSync(path.join(project, 'package.json'), '{}\n');
    fs.mkdirSync(path.join(project, 'node_modules', 'x'), { recursive: true });
    fs.writeFileSync(path.join(project, 'node_modules', 'x', 'index.js'), '');
    const cwd = process.cwd();
    try {
      process.chdir(project);

      // WHEN / THEN
      expect(() => write('.', OLD)).toThrow(`Output folder '${project}': is a project folder (it holds package.json), not a folder of its own: `
        + `it holds 2 entries synth did not write: 'node_modules/', 'package.json'. ${OWN_FOLDER_ADVICE} '${project}/dist'`);
    } finally {
      process.chdir(cwd);
    }
    expect(snapshot(project)).toEqual({ 'package.json': '{}\n', 'node_modules/x/index.js': '' });
  });

  test('the current working directory and its parents are refused as the output folder', () => {
    // GIVEN
    const work = tmp();
    fs.mkdirSync(path.join(work, 'sub'));
    fs.writeFileSync(path.join(work, 'sub', 'notes.txt'), 'mine');
    const cwd = process.cwd();
    try {
      process.chdir(path.join(work, 'sub'));

      // WHEN / THEN
      expect(() => write('.', OLD)).toThrow(`Output folder '${work}/sub': is the current working directory, not a folder of its own: `
        + `it holds 1 entry synth did not write: 'notes.txt'. ${OWN_FOLDER_ADVICE} '${work}/sub/dist'`);
      expect(() => write('..', OLD)).toThrow(`Output folder '${work}': is a parent of the current working directory ('${work}/sub'), `
        + `not a folder of its own: it holds 1 entry synth did not write: 'sub/'. ${OWN_FOLDER_ADVICE} '${work}/dist'`);
      fs.rmSync('notes.txt');
      expect(() => write('.', OLD)).toThrow(`Output folder '${work}/sub': is the current working directory, not a folder of its own. `
        + `${OWN_FOLDER_ADVICE} '${work}/sub/dist'`);
    } finally {
      process.chdir(cwd);
    }
    expect(snapshot(work)).toEqual({ 'sub/': '' });
  });

  test.each([
    ['/etc/passwd', 'path is absolute; it must be relative to the output folder'],
    ['C:/x.yaml', 'path is absolute; it must be relative to the output folder'],
    ['../x.yaml', "path has a '..' segment; it must stay inside the output folder"],
    ['a/../../x.yaml', "path has a '..' segment; it must stay inside the output folder"],
    ['./a.yaml', "path has a '.' segment; write it without one"],
    ['a//b.yaml', "path has an empty segment (a leading, trailing or doubled '/')"],
    ['a/', "path has an empty segment (a leading, trailing or doubled '/')"],
    ['', "path has an empty segment (a leading, trailing or doubled '/')"],
    ['a\\b.yaml', "path has a '\\'; separate folders with '/'"],
    [OUTPUT_MANIFEST, 'path is reserved for the manifest synth keeps in the output folder; choose another path'],
  ])('the output file path %j is refused', (rel, rule) => {
    // GIVEN
    const outdir = path.join(tmp(), 'dist');

    // WHEN
    const act = () => write(outdir, { 'ok.yaml': 'ok', [rel]: 'x' });

    // THEN
    expect(act).toThrow(OutputFolderError);
    expect(act).toThrow(`Output file '${rel}': ${rule}`);
    expect(fs.existsSync(outdir)).toBe(false);
  });

  test('an output file inside another output file is refused', () => {
    expect(() => write(path.join(tmp(), 'dist'), { 'a': 'file', 'a/b.yaml': 'x' }))
      .toThrow("Output file 'a/b.yaml': path is inside 'a', which is also an output file");
  });
});

describe('writeOutputFolder when the process is killed mid-way', () => {
  const script = path.join(__dirname, '..', 'fixtures', 'output-folder', 'interrupted-write.ts');

  /** Runs the fixture until it reaches `step`, then SIGKILLs it. */
  function killAt(outdir: string, files: Record<string, string>, step: string): Promise<void> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, ['--require', require.resolve('tsx/cjs'), script, outdir, JSON.stringify(files), step]);
      let stdout = '';
      let stderr = '';
      child.stderr.on('data', (d) => { stderr += d; });
      child.stdout.on('data', (d) => {
        stdout += d;
        if (stdout.includes(`stopped at ${step}\n`)) child.kill('SIGKILL');
      });
      child.on('exit', (code, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error(`child exited (${code}) without stopping at '${step}': ${stdout}${stderr}`))));
    });
  }

  test.each([
    ['staged b.yaml', 'exactly the old output', 'old'],
    ['swap', 'exactly the old output', 'old'],
    ['moved aside', 'missing, and -previous exactly the old output', 'missing'],
    ['swapped', 'exactly the new output', 'new'],
  ] as const)('killed at %j, the folder is %s; the next write recovers', async (step, _description, state) => {
    // GIVEN
    const parent = tmp();
    const outdir = path.join(parent, 'dist');
    const previous = path.join(parent, '.dist.cdk8s-blueprints-previous');
    write(outdir, OLD);

    // WHEN
    await killAt(outdir, NEW, step);

    // THEN
    const staging = /^\.dist\.cdk8s-blueprints-staging-\d+$/;
    const leftovers = { old: [staging, 'dist'], missing: [previous, staging], new: [previous, 'dist'] }[state]!;
    expect(fs.readdirSync(parent).sort()).toEqual(leftovers.map((l) => (typeof l === 'string' ? path.basename(l) : expect.stringMatching(l))));
    const visible = snapshot(outdir);
    expect([output(OLD), output(NEW)]).toContainEqual(visible ?? snapshot(previous));
    if (state === 'old') expect(visible).toEqual(output(OLD));
    if (state === 'new') expect(visible).toEqual(output(NEW));
    if (state === 'missing') expect([visible, snapshot(previous)]).toEqual([undefined, output(OLD)]);
    if (state === 'missing') expect(snapshot(path.join(parent, fs.readdirSync(parent).find((n) => staging.test(n))!))).toEqual(output(NEW));
    const result = write(outdir, NEW);
    expect(snapshot(outdir)).toEqual(output(NEW));
    expect(result.written).toEqual(state === 'new' ? [] : ['b.yaml', 'd.yaml']);
    expect(result.removed).toEqual(state === 'new' ? [] : ['gone/c.yaml']);
    expect(fs.readdirSync(parent)).toEqual(['dist']);
  });

  test('killed between the two renames, recovery puts back exactly the previous output', async () => {
    // GIVEN
    const parent = tmp();
    const outdir = path.join(parent, 'dist');
    write(outdir, OLD);
    await killAt(outdir, NEW, 'moved aside');

    // WHEN
    const result = write(outdir, OLD);

    // THEN
    expect(result).toEqual({ outdir, written: [], unchanged: ['a.yaml', 'b.yaml', 'gone/c.yaml'], removed: [] });
    expect(snapshot(outdir)).toEqual(output(OLD));
    expect(fs.readdirSync(parent)).toEqual(['dist']);
  });
});
