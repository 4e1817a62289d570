import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { ownPackageDirs } from '../../lib/cli/_run-app';
import { REPO, useTmp } from './_cli';

const real = (p: string) => fs.realpathSync(p);

describe('the app file loader', () => {
  const tmp = useTmp();

  test('knows this package and the CommonJS packages it depends on, transitively, by their real paths', () => {
    // WHEN
    const dirs = ownPackageDirs();

    // THEN
    expect(dirs[0]).toBe(real(REPO));
    for (const pkg of ['cdk8s', 'constructs', 'js-yaml', 'ajv', 'dockerfile-ast', 'dockerfile-utils', 'commander']) {
      expect(dirs).toContain(real(path.join(REPO, 'node_modules', pkg)));
    }
    expect(dirs).toContain(real(path.join(REPO, 'node_modules', 'argparse'))); // js-yaml's own dependency
    expect(dirs).not.toContain(real(path.join(REPO, 'node_modules', 'tsx'))); // an ES module package ("type": "module")
    expect(new Set(dirs).size).toBe(dirs.length);
  });

  test("loads the package's own JavaScript with Node's loader and every other file through tsx", () => {
    // GIVEN: Node's loader, marked to see what reaches it; a CommonJS file of this package and an ES module of the user's
    const own = path.join(REPO, 'test', 'fixtures', 'cjs-module', 'in-package.js');
    const users = path.join(tmp(), 'users.js');
    fs.writeFileSync(users, "export const where = 'the user\\'s folder';\n");
    const script = [
      `const node = require.extensions['.js'];`,
      `const seen = [];`,
      `const marked = (module, file) => { seen.push(file); return node(module, file); };`,
      `require.extensions['.js'] = marked;`,
      `require(${JSON.stringify(require.resolve('tsx/cjs/api'))}).register();`,
      `require(${JSON.stringify(path.join(REPO, 'lib', 'cli', '_run-app'))}).loadOwnJavaScriptDirectly(marked);`,
      `const loaded = [require(${JSON.stringify(users)}).where, require(${JSON.stringify(own)}).where];`,
      `console.log(JSON.stringify({ loaded, seen: seen.filter((f) => f === ${JSON.stringify(own)} || f === ${JSON.stringify(users)}) }));`,
    ].join('\n');

    // WHEN
    const run = spawnSync(process.execPath, ['-e', script], { cwd: tmp(), encoding: 'utf8' });

    // THEN: both load; only the package's own file went straight to Node's loader, the user's through tsx
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({ loaded: ["the user's folder", 'inside the package'], seen: [own] });
  });
});
