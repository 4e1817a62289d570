import * as fs from 'fs';
import * as path from 'path';
import { CommandIO } from './synth';

/** Options of `cdk8s-blueprints init`. */
export interface InitCommandOptions {
  /** The folder to scaffold into (created when missing; must hold nothing but `.git`). */
  readonly dir: string;
  /** The application's name. @default - the folder's name, as a DNS label */
  readonly name?: string;
  /** The dependency spec of cdk8s-blueprints in package.json (a version range, a tarball, a file: path). */
  readonly dependency: string;
}

const TEMPLATE = path.join(__dirname, 'templates', 'typescript-app');
/** Template files whose name in the project differs (npm would drop `.gitignore`; tools would read the others). */
const RENAMES: Record<string, string> = { 'gitignore': '.gitignore', 'package.json.template': 'package.json', 'jest.config.js.template': 'jest.config.js' };
/** Packages whose version ranges the scaffold takes from this package's own (tested) ones. */
const PINNED = ['cdk8s', 'constructs', '@types/jest', '@types/node', 'cdk8s-cli', 'jest', 'ts-jest', 'ts-node', 'typescript'];

/**
 * Writes a project a `cdk8s init typescript-app` user recognises: package.json (scripts `synth`, `test`),
 * tsconfig.json, cdk8s.yaml, main.ts with one WebService in development and production, main.test.ts (a jest
 * snapshot through BlueprintTesting), jest.config.js, .gitignore and a README. Writes nothing when the folder
 * holds anything but `.git`. Returns the exit status.
 */
export function initCommand(options: InitCommandOptions, io: CommandIO): number {
  const dir = path.resolve(io.cwd, options.dir);
  const existing = fs.existsSync(dir) ? fs.readdirSync(dir).filter((e) => e !== '.git') : [];
  if (existing.length > 0) {
    io.err(`✗ ${dir} is not empty (${existing.slice(0, 5).join(', ')}${existing.length > 5 ? ', …' : ''}): init writes only into an empty folder, so it never overwrites a file; choose another folder\n`);
    return 1;
  }
  const name = options.name ?? toDnsLabel(path.basename(dir));
  if (name === '') {
    io.err(`✗ the folder's name ('${path.basename(dir)}') gives no application name: pass --name, e.g. --name shop\n`);
    return 1;
  }
  if (!/^[a-z]([-a-z0-9]{0,38}[a-z0-9])?$/.test(name)) {
    io.err(`✗ --name ('${name}') must be a DNS label of at most 40 characters (lowercase letters, digits and '-', starting with a letter): it names the blueprints and their namespace\n`);
    return 1;
  }
  const own = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8'));
  const versions: Record<string, string> = { ...own.devDependencies, ...own.dependencies };
  const values: Record<string, string> = {
    'name': name,
    'className': name.split('-').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(''),
    'dependency': options.dependency,
    ...Object.fromEntries(PINNED.map((p) => [`version:${p}`, versions[p] ?? 'latest'])),
  };
  fs.mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (const file of fs.readdirSync(TEMPLATE).sort()) {
    const target = RENAMES[file] ?? file;
    const text = fs.readFileSync(path.join(TEMPLATE, file), 'utf8').replace(/\{\{([^}]+)\}\}/g, (m, key: string) => values[key] ?? m);
    fs.writeFileSync(path.join(dir, target), text, { flag: 'wx' });
    written.push(target);
  }
  const rel = path.relative(io.cwd, dir) || '.';
  io.out([
    `✓ Created ${name} in ${rel === '.' ? 'this folder' : rel}: ${written.sort().join(', ')}`,
    '',
    'Next:',
    ...(rel === '.' ? [] : [`  cd ${rel}`]),
    '  npm install',
    `  npm run synth    # writes dist/${name}-development.k8s.yaml and dist/${name}-production.k8s.yaml`,
    '  npm test         # a jest snapshot of each environment, through the same validation gate',
    '',
  ].join('\n'));
  return 0;
}

/** A folder name as an application name: 'My App' → 'my-app' ('' when nothing is left). */
function toDnsLabel(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^[^a-z]+|-+$/g, '').slice(0, 40).replace(/-+$/, '');
}
