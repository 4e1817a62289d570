/**
 * `cdk8s-blueprints diff` (lib/cli/diff.ts), run as its own process the way a user runs it: synthesizes the app in
 * memory (gate included), compares with the output folder object by object and field by field — or two
 * environments with each other — writes nothing, and exits 0 (no differences), 1 (differences) or 2 (errors).
 *
 * Issue 13's other outputs (review pages, Helm charts, GitOps objects) are derived from the same objects: where a
 * test is about one field, it asserts the manifests' and images' sections exactly and leaves those derived files out.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { appFile, cli, CLI, REPO, synthProcess, useTmp } from './_cli';

const tmp = useTmp();

/** Runs `cdk8s-blueprints diff` as its own process in `cwd`, without a terminal (no colour). */
function diff(cwd: string, ...args: string[]) {
  const env = { ...process.env };
  delete env.CDK8S_OUTDIR;
  delete env.NO_COLOR;
  return spawnSync(process.execPath, ['--require', require.resolve('tsx/cjs'), CLI, 'diff', ...args], { cwd, env, encoding: 'utf8', timeout: 60_000 });
}

/** The example apps/flask-hello.ts in `dir`, importing the library from this repository, with a main.ts that synthesizes it. */
function flaskExample(dir: string, edit: (source: string) => string = (s) => s): void {
  const source = fs.readFileSync(path.join(REPO, 'apps', 'flask-hello.ts'), 'utf8').replace("'../lib/index'", JSON.stringify(path.join(REPO, 'lib')));
  fs.writeFileSync(path.join(dir, 'flask-hello.ts'), edit(source));
  fs.writeFileSync(path.join(dir, 'main.ts'), [
    `import { BlueprintApp } from ${JSON.stringify(path.join(REPO, 'lib'))};`,
    "import { flaskHello } from './flask-hello';",
    'const app = new BlueprintApp();',
    'flaskHello(app);',
    'app.synth();',
    '',
  ].join('\n'));
}

/** Every file under `dir` with its content and modification time: to prove that diff wrote nothing. */
function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rel of fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const stat = fs.statSync(path.join(dir, rel));
    out[rel] = stat.isDirectory() ? 'dir' : `${stat.mtimeMs} ${fs.readFileSync(path.join(dir, rel), 'utf8')}`;
  }
  return out;
}

const DERIVED = /^[-+~] dist\/(review|charts|gitops)\//;

/** The output's sections, one per file (`~ dist/x.k8s.yaml` and its lines), without the derived files' and the summary. */
function sections(stdout: string): string[] {
  const out: string[] = [];
  for (const line of stdout.split('\n')) {
    if (/^[-+~] /.test(line)) out.push(line);
    else if (/^ /.test(line) && out.length > 0) out[out.length - 1] += `\n${line}`;
  }
  return out.filter((s) => !DERIVED.test(s));
}

/** A small app: one WebService per environment, and whatever `extra` adds to each blueprint (`shop`, `env` in scope). */
function shopApp(dir: string, options: { logLevel?: string; scaling?: string; extra?: string[] } = {}): void {
  appFile(dir, 'main.ts', [
    'const app = new BlueprintApp();',
    'for (const env of [Environment.development(), Environment.production()]) {',
    '  const shop = new Blueprint(app, `shop-${env.name}`, { environment: env });',
    `  new WebService(shop, 'web', { image: 'registry.example.com/shop/web:1.0.0', port: 8080, health: HealthCheck.http('/healthz'), env: { LOG_LEVEL: '${options.logLevel ?? 'info'}' }${options.scaling ? `, scaling: ${options.scaling}` : ''} });`,
    ...(options.extra ?? []).map((l) => `  ${l}`),
    '}',
    'app.synth();',
  ]);
}

describe('diff against the output folder', () => {
  test('an example with one field changed: exactly that field, old → new; exit 1; nothing written', () => {
    // GIVEN the example synthesized, then its CPU target changed from 70 to 75
    flaskExample(tmp());
    expect(synthProcess(tmp()).status).toBe(0);
    flaskExample(tmp(), (s) => s.replace('cpuUtilization: 70', 'cpuUtilization: 75'));
    const before = tree(tmp());

    // WHEN
    const r = diff(tmp());

    // THEN
    expect(sections(r.stdout)).toEqual([[
      '~ dist/flask-hello-production.k8s.yaml',
      '  ~ autoscaling/v2 HorizontalPodAutoscaler flask-hello/web',
      '      spec.metrics[0].resource.target.averageUtilization: 70 → 75',
    ].join('\n')]);
    expect(r.stdout).toMatch(/\n\n✗ \d+ files? in dist\/ would change: 1 object \(0 added, 0 removed, 1 changed\) in 1 manifest(; \d+ other files?)?\. Run cdk8s-blueprints synth to write them\.\n$/);
    expect(r.status).toBe(1);
    // the gate ran: development's one replica is its one warning, printed as synth prints it
    expect(r.stderr).toMatch(/^! 2 warnings in 2 constructs:\n\n {2}flask-hello-development\/web\n {4}! flask-hello\.ts:\d+:\d+ {2}Deployment: Deployment 'web' runs 1 replica {2}\[deployment-replicas\]/);
    expect(tree(tmp())).toEqual(before);
  });

  test('unchanged: exit 0 and the no-differences line', () => {
    flaskExample(tmp());
    expect(synthProcess(tmp()).status).toBe(0);
    const r = diff(tmp());
    expect(r.stdout).toMatch(/^✓ No differences: dist\/ holds what synth would write \(\d+ files\)\.\n$/);
    expect(r.status).toBe(0);
  });

  test('an env value and an image description: the Deployments field by field, the Dockerfile as a unified diff', () => {
    shopApp(tmp());
    expect(synthProcess(tmp()).status).toBe(0);
    shopApp(tmp(), { logLevel: 'debug' });
    const r = diff(tmp());
    expect(sections(r.stdout)).toEqual([
      [
        '~ dist/compose/shop-development.compose.yaml',
        '  @@ -6,7 +6,7 @@',
        '     web:',
        '       image: registry.example.com/shop/web:1.0.0',
        '       environment:',
        '  -      LOG_LEVEL: info',
        '  +      LOG_LEVEL: debug',
        '       user: "10001:10001"',
        '       read_only: true',
        '       tmpfs:',
      ].join('\n'),
      '~ dist/shop-development.k8s.yaml\n  ~ apps/v1 Deployment shop/web\n      spec.template.spec.containers[name=web].env[name=LOG_LEVEL].value: "info" → "debug"',
      '~ dist/shop-production.k8s.yaml\n  ~ apps/v1 Deployment shop/web\n      spec.template.spec.containers[name=web].env[name=LOG_LEVEL].value: "info" → "debug"',
    ]);
    expect(r.status).toBe(1);
  });

  test('a Dockerfile change in the example is a unified text diff', () => {
    flaskExample(tmp());
    expect(synthProcess(tmp()).status).toBe(0);
    flaskExample(tmp(), (s) => s.replace("description: 'Seed 001: Hello, World! in Flask'", "description: 'Seed 001: Hello in Flask'"));
    const r = diff(tmp());
    expect(sections(r.stdout)).toEqual([[
      '~ dist/images/flask-hello/Dockerfile',
      '  @@ -14,7 +14,7 @@',
      '   # Runtime: the virtualenv and the sources, owned by root and read-only to the app.',
      '   FROM python:3.11-slim-bookworm',
      '   LABEL org.opencontainers.image.title="flask-hello" \\',
      '  -  org.opencontainers.image.description="Seed 001: Hello, World! in Flask"',
      '  +  org.opencontainers.image.description="Seed 001: Hello in Flask"',
      '   ENV PYTHONDONTWRITEBYTECODE="1" PYTHONUNBUFFERED="1" PATH="/opt/venv/bin:$PATH"',
      '   WORKDIR /app',
      '   COPY --from=build /opt/venv /opt/venv',
    ].join('\n')]);
    expect(r.status).toBe(1);
  });

  test('an object added and, the other way round, removed', () => {
    const worker = ["new Worker(shop, 'mailer', { image: 'registry.example.com/shop/mailer:1.0.0', health: HealthCheck.exec(['python', '-m', 'mailer', '--check'], { liveness: HealthCheck.exec(['python', '-m', 'mailer', '--alive']) }) });"];
    shopApp(tmp());
    expect(synthProcess(tmp()).status).toBe(0);
    shopApp(tmp(), { extra: worker });
    const added = diff(tmp());
    const section = (stdout: string, file: string) => sections(stdout).find((s) => s.startsWith(`~ dist/${file}\n`));
    expect(section(added.stdout, 'shop-production.k8s.yaml')).toBe([
      '~ dist/shop-production.k8s.yaml',
      '  + apps/v1 Deployment shop/mailer',
      '  + networking.k8s.io/v1 NetworkPolicy shop/mailer',
      '  + policy/v1 PodDisruptionBudget shop/mailer',
      '  + v1 ServiceAccount shop/mailer',
    ].join('\n'));
    expect(added.status).toBe(1);

    // the worker synthesized, then taken out again
    shopApp(tmp(), { extra: worker });
    expect(synthProcess(tmp()).status).toBe(0);
    shopApp(tmp());
    const removed = diff(tmp());
    expect(section(removed.stdout, 'shop-development.k8s.yaml')).toBe([
      '~ dist/shop-development.k8s.yaml',
      '  - apps/v1 Deployment shop/mailer',
      '  - networking.k8s.io/v1 NetworkPolicy shop/mailer',
      '  - v1 ServiceAccount shop/mailer',
    ].join('\n'));
    expect(removed.status).toBe(1);
  });

  test('--format markdown: a section per file, a collapsible <details> per object', () => {
    shopApp(tmp());
    expect(synthProcess(tmp()).status).toBe(0);
    shopApp(tmp(), { logLevel: 'debug', scaling: 'ScalingPolicy.autoscale({ minReplicas: 2, maxReplicas: 4, cpuUtilization: 70 })' });
    const r = diff(tmp(), '--format', 'markdown');
    expect(r.status).toBe(1);
    // the heading, the summary line's start and the production manifest's section (up to the next file's)
    expect(r.stdout).toMatch(/^## cdk8s-blueprints diff: `dist\/`\n\n✗ \d+ files in dist\/ would change: /);
    const production = r.stdout.slice(r.stdout.indexOf('### ~ `shop-production.k8s.yaml`'));
    const next = production.indexOf('\n### ', 1);
    expect(next < 0 ? production : production.slice(0, next + 1)).toMatchSnapshot();
  });

  test('colour on a terminal, none with NO_COLOR', () => {
    shopApp(tmp());
    expect(synthProcess(tmp()).status).toBe(0);
    shopApp(tmp(), { logLevel: 'debug' });
    // script(1) gives the command a terminal
    const command = `${JSON.stringify(process.execPath)} --require ${JSON.stringify(require.resolve('tsx/cjs'))} ${JSON.stringify(CLI)} diff 2>/dev/null`;
    const onTty = (env: NodeJS.ProcessEnv) => spawnSync('script', ['-qec', command, '/dev/null'], { cwd: tmp(), env, encoding: 'utf8', timeout: 60_000 }).stdout;
    const env = { ...process.env };
    delete env.NO_COLOR;
    delete env.CDK8S_OUTDIR;
    expect(onTty(env)).toContain('\x1b[1m~ dist/shop-production.k8s.yaml\x1b[0m\r\n  \x1b[33m~\x1b[0m apps/v1 Deployment shop/web\r\n');
    expect(onTty({ ...env, NO_COLOR: '1' })).toContain('~ dist/shop-production.k8s.yaml\r\n  ~ apps/v1 Deployment shop/web\r\n');
  });
});

describe('diff --env A --env B', () => {
  test('the same blueprint in two environments: only what the environments make different', () => {
    shopApp(tmp());
    const r = diff(tmp(), '--env', 'development', '--env', 'production');
    expect(r.stdout).toBe([
      'development → production: - only in development, + only in production, ~ different',
      '',
      'shop (shop-development → shop-production)',
      '  ~ apps/v1 Deployment shop/web',
      '      spec.replicas: 1 → 3',
      '      spec.template.spec.affinity:',
      '        before: (none)',
      '        after:',
      '          podAntiAffinity:',
      '            preferredDuringSchedulingIgnoredDuringExecution:',
      '              - podAffinityTerm:',
      '                  labelSelector:',
      '                    matchLabels:',
      '                      app.kubernetes.io/instance: shop-production',
      '                      app.kubernetes.io/name: web',
      '                  topologyKey: kubernetes.io/hostname',
      '                weight: 100',
      '      spec.template.spec.containers[name=web].resources.limits.cpu: "500m" → "1"',
      '      spec.template.spec.containers[name=web].resources.limits.memory: "512Mi" → "1Gi"',
      '      spec.template.spec.containers[name=web].resources.requests.cpu: "250m" → "500m"',
      '      spec.template.spec.containers[name=web].resources.requests.memory: "256Mi" → "512Mi"',
      '  + policy/v1 PodDisruptionBudget shop/web',
      '',
      '✗ development and production differ in 1 of 1 application: 2 objects (1 only in production, 0 only in development, 1 different).',
      '',
    ].join('\n'));
    expect(r.status).toBe(1);
    expect(fs.existsSync(path.join(tmp(), 'dist'))).toBe(false);
  });

  test('--format markdown', () => {
    shopApp(tmp());
    const r = diff(tmp(), '--env', 'development', '--env', 'production', '--format', 'markdown');
    expect(r.stdout).toMatchSnapshot();
    expect(r.status).toBe(1);
  });

  test('an unknown environment exits 2 naming the app\'s environments', () => {
    shopApp(tmp());
    const r = diff(tmp(), '--env', 'development', '--env', 'prod');
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/error: --env: no blueprint is in the environment 'prod'; the app's environments: development, production\n$/);
    expect(r.status).toBe(2);
  });
});

describe('errors: exit 2', () => {
  test('no output folder to compare with', () => {
    shopApp(tmp());
    const r = diff(tmp());
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/error: output folder 'dist' does not exist: nothing to compare with; synthesize it first \(cdk8s-blueprints synth\), or pass --output DIR\n$/);
    expect(r.status).toBe(2);
  });

  test("a failing gate prints synth's report; nothing compared", () => {
    appFile(tmp(), 'main.ts', [
      'const app = new BlueprintApp();',
      "const shop = new Blueprint(app, 'shop-production', { environment: Environment.production() });",
      "new WebService(shop, 'web', { image: 'registry.example.com/shop/web:latest', port: 8080, health: HealthCheck.http('/healthz') });",
      'app.synth();',
    ]);
    const r = diff(tmp());
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe([
      '✗ Synthesis failed: 1 error in 1 construct; nothing was written.',
      '',
      '  shop-production/web',
      "    ✗ main.ts:4:1  'image' ('registry.example.com/shop/web:latest') uses the mutable tag 'latest'; environment 'production' requires an immutable tag (e.g. '1.4.2') or a digest  [construct]",
      '',
    ].join('\n'));
    expect(fs.existsSync(path.join(tmp(), 'dist'))).toBe(false);
    expect(r.status).toBe(2);
  });

  test('a folder synth would refuse: the differences, then why', () => {
    shopApp(tmp());
    expect(synthProcess(tmp()).status).toBe(0);
    fs.writeFileSync(path.join(tmp(), 'dist', 'notes.md'), 'mine\n');
    const r = diff(tmp());
    expect(r.stdout).toMatch(/^✓ No differences/);
    expect(r.stderr).toMatch(/✗ synth would refuse dist\/: it holds 1 file synth did not write \(not listed in its manifest '\.cdk8s-blueprints\.json'\): 'notes\.md'\n$/);
    expect(r.status).toBe(2);
  });

  test('a wrong command line', async () => {
    expect(await cli(tmp(), 'diff', '--env', 'development')).toEqual({
      status: 2, out: '', err: 'error: --env: give exactly two environments, e.g. --env development --env production (got 1: development)\n',
    });
    expect(await cli(tmp(), 'diff', '--env', 'a', '--env', 'b', '--output', 'out')).toEqual({
      status: 2, out: '', err: 'error: --env compares two environments with each other, --output an output folder with the app: give one or the other\n',
    });
    expect(await cli(tmp(), 'diff', '--format', 'html')).toEqual({
      status: 2, out: '', err: "error: option '--format <format>' argument 'html' is invalid. Allowed choices are text, markdown.\n",
    });
    expect(await cli(tmp(), 'diff', '--app', 'nope.ts')).toEqual({ status: 2, out: '', err: "error: --app: 'nope.ts' is not a file\n" });
  });
});
