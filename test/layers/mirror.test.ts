/**
 * Tests mirror the library (STYLE habit 14): every public source file of lib/ has its test at the same path under
 * test/, and no hand-written source file grows past 400 lines (STYLE "Do NOT copy" 3: split it instead).
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

const REPO = path.resolve(__dirname, '..', '..');
const LIB = path.join(REPO, 'lib');

/** The longest a hand-written file of lib/ may be. */
const MAX_LINES = 400;

/** Every `.ts` file under lib/, as a path relative to the repository with '/' separators, sorted. */
function libFiles(): string[] {
  return fs.readdirSync(LIB, { recursive: true, encoding: 'utf8' })
    .map((f) => `lib/${f.split(path.sep).join('/')}`)
    .filter((f) => f.endsWith('.ts'))
    .sort();
}

/** Whether the file declares nothing that exists at run time: no class, function, variable or enum. */
function typeOnly(file: string): boolean {
  const source = ts.createSourceFile(file, fs.readFileSync(path.join(REPO, file), 'utf8'), ts.ScriptTarget.ES2022);
  return !source.statements.some((s) => ts.isClassDeclaration(s) || ts.isFunctionDeclaration(s) || ts.isVariableStatement(s) || ts.isEnumDeclaration(s));
}

/** A source file users reach: not private (`_`), not a declaration, not generated, not an import, template or the barrel. */
function isPublicSource(file: string): boolean {
  const name = path.posix.basename(file);
  return !name.startsWith('_') && !name.endsWith('.d.ts') && !name.endsWith('.generated.ts')
    && !file.startsWith('lib/k8s/imports/') && !file.startsWith('lib/cli/templates/') && file !== 'lib/index.ts';
}

/** `lib/<dir>/<name>.ts` → `test/<dir>/<name>.test.ts`. */
function mirrorOf(file: string): string {
  return `test/${file.slice('lib/'.length, -'.ts'.length)}.test.ts`;
}

/** Hand-written: not generated, not the Kubernetes 1.28 schema import. */
function isHandWritten(file: string): boolean {
  return !file.endsWith('.generated.ts') && !file.startsWith('lib/k8s/imports/k8s-1.28/');
}

function lineCount(file: string): number {
  const text = fs.readFileSync(path.join(REPO, file), 'utf8');
  return text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}

describe('test/ mirrors lib/', () => {
  test('every public source file of lib/ that declares something has test/<same path>.test.ts', () => {
    // GIVEN
    const sources = libFiles().filter(isPublicSource).filter((f) => !typeOnly(f));

    // THEN
    expect(sources.length).toBeGreaterThan(40);
    const missing = sources.filter((f) => !fs.existsSync(path.join(REPO, mirrorOf(f)))).map((f) => `${f} has no ${mirrorOf(f)}`);
    expect(missing).toEqual([]);
  });

  test(`no hand-written source file of lib/ is longer than ${MAX_LINES} lines`, () => {
    // GIVEN
    const files = libFiles().filter(isHandWritten);

    // THEN
    const long = files.map((f) => ({ f, n: lineCount(f) })).filter(({ n }) => n > MAX_LINES).map(({ f, n }) => `${f}: ${n} lines`);
    expect(long).toEqual([]);
  });
});

describe('how the rules read a file', () => {
  test('a file of interfaces and types is type-only; one constant, function, class or enum is not', () => {
    // GIVEN files of lib/ whose content is known
    expect(typeOnly('lib/validation/types.ts')).toBe(true);
    expect(typeOnly('lib/values/image-facts.ts')).toBe(true);
    expect(typeOnly('lib/values/conventions.ts')).toBe(false);
    expect(typeOnly('lib/k8s/emit.ts')).toBe(false);
    expect(typeOnly('lib/app/testing.ts')).toBe(false);
    expect(typeOnly('lib/values/image-ref.ts')).toBe(false);
  });

  test('private, generated, imported, template and barrel files need no mirror; the mirror keeps the folder', () => {
    expect(['lib/values/_errors.ts', 'lib/values/_prop-specs.generated.ts', 'lib/k8s/imports/crds/istio.ts',
      'lib/cli/templates/typescript-app/main.ts', 'lib/index.ts', 'lib/k8s/imports/k8s-1.28/validators.d.ts', 'lib/values/schedule.ts']
      .filter(isPublicSource)).toEqual(['lib/values/schedule.ts']);
    expect(mirrorOf('lib/data/backup/x.ts')).toEqual('test/data/backup/x.test.ts');
    expect(isHandWritten('lib/values/_prop-specs.generated.ts')).toBe(false);
    expect(isHandWritten('lib/k8s/imports/k8s-1.28/catalog.ts')).toBe(false);
    expect(isHandWritten('lib/k8s/imports/crds/istio.ts')).toBe(true);
  });
});
