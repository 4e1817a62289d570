import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parse } from 'yaml';
import { buildExamples } from '../../apps';
import {
  Blueprint, BlueprintTesting, Build, Config, CronTask, Environment, EnvValue, Image, Schedule, SecretRef, WebService,
} from '../../lib';

const ROOT = path.join(__dirname, '..', '..');

function composeOf(files: ReadonlyMap<string, string>, blueprint: string): any {
  return parse(files.get(`compose/${blueprint}.compose.yaml`)!);
}

describe('compose files of the examples', () => {
  const files = buildExamples({ outdir: path.join(ROOT, 'dist') }).synthesize().files;

  test('one per development blueprint, none for production', () => {
    expect([...files.keys()].filter((f) => f.startsWith('compose/'))).toEqual([
      'compose/flask-hello-development.compose.yaml',
      'compose/httpd-static-development.compose.yaml',
      'compose/rust-hello-development.compose.yaml',
      'compose/rust-notes-development.compose.yaml',
      'compose/shop-development.compose.yaml',
      'compose/storefront-development.compose.yaml',
    ]);
  });

  test('the user service builds from the generated Dockerfile, runs hardened, and waits for a healthy database', () => {
    const compose = composeOf(files, 'shop-development');
    const svc = compose.services['user-service'];
    expect(svc.build).toEqual({ context: '../../test/fixtures/services/rust-apps', dockerfile: '../../../../dist/images/user-service/Dockerfile' });
    // the Dockerfile path is relative to the context: both resolve to real files
    const composeDir = path.join(ROOT, 'dist', 'compose');
    expect(fs.existsSync(path.join(composeDir, svc.build.context, svc.build.dockerfile))).toBe(true);
    expect([svc.user, svc.read_only, svc.cap_drop, svc.security_opt, svc.tmpfs])
      .toEqual(['10001:10001', true, ['ALL'], ['no-new-privileges:true'], ['/tmp:uid=10001,gid=10001,mode=0770']]);
    expect(svc.depends_on).toEqual({ 'user-db': { condition: 'service_healthy' } });
    expect(svc.ports).toEqual(['127.0.0.1:8080:8080']);
    expect(compose.services['user-db'].networks.default.aliases).toEqual(['user-db.shop.svc', 'user-db.shop.svc.cluster.local']);
  });

  test('secrets are interpolated from the developer\'s environment, never written; $(VAR) references are resolved', () => {
    const svc = composeOf(files, 'shop-development').services['user-service'];
    const password = '${USER_DB_CREDENTIALS_PASSWORD:?set USER_DB_CREDENTIALS_PASSWORD in your environment or .env}';
    expect(svc.environment.USER_DB_PASSWORD).toEqual(password);
    expect(svc.environment.DATABASE_URL).toEqual(`postgres://\${USER_DB_CREDENTIALS_USERNAME:?set USER_DB_CREDENTIALS_USERNAME in your environment or .env}:${password}@user-db.shop.svc:5432/users`);
  });

  test('a shell variable in a health check is escaped from Compose interpolation', () => {
    const db = composeOf(files, 'shop-development').services['user-db'];
    expect(db.healthcheck.test).toEqual(['CMD', 'sh', '-c', 'pg_isready -h 127.0.0.1 -p 5432 -U "$$POSTGRES_USER" -d "$$POSTGRES_DB"']);
  });

  test('ConfigMap values are resolved, scheduled tasks are in the tasks profile', () => {
    const compose = composeOf(files, 'flask-hello-development');
    expect(compose.services.web.environment.LOG_LEVEL).toEqual('debug');
    expect(compose.services['nightly-cleanup'].profiles).toEqual(['tasks']);
    expect(compose.services['nightly-cleanup'].restart).toEqual('no');
  });

  test('persistent volumes become named volumes', () => {
    const compose = composeOf(files, 'rust-notes-development');
    expect(compose.services.notes.volumes).toEqual(['notes-data:/data']);
    expect(compose.volumes).toEqual({ 'notes-data': {} });
  });

  // docker-compose 1.29 (Debian bookworm's) validates without an engine. It predates the Compose Specification's
  // top-level `name` (read by Compose v2, and needed so that two blueprints do not share one project), so the
  // validation runs on a copy without it; everything else must be valid as written.
  test.each([...files.keys()].filter((f) => f.startsWith('compose/')))('%s passes docker-compose config', (file) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'compose-'));
    const doc = parse(files.get(file)!);
    expect(typeof doc.name).toBe('string');
    delete doc.name;
    const target = path.join(dir, 'compose.yaml');
    fs.writeFileSync(target, JSON.stringify(doc));
    const env = { ...process.env };
    for (const m of files.get(file)!.matchAll(/\$\{([A-Z0-9_]+):\?/g)) env[m[1]] = 'test-value';
    let out: string;
    try {
      out = execFileSync('docker-compose', ['-f', target, '--project-directory', path.join(ROOT, 'dist', 'compose'), 'config', '-q'], { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (e: any) {
      if (e.code === 'ENOENT') throw new Error('docker-compose is not installed: run `bash scripts/ci/services.sh` (as root)');
      throw new Error(`docker-compose config rejected ${file}:\n${e.stderr}`);
    }
    expect(out).toEqual('');
  });
});

describe('compose file of a blueprint', () => {
  test('off for production, on when asked', () => {
    const app = BlueprintTesting.app();
    new Blueprint(app, 'a-production', { environment: Environment.production() });
    new Blueprint(app, 'b-production', { environment: Environment.production(), compose: true });
    expect([...app.synthesize().files.keys()].filter((f) => f.startsWith('compose/'))).toEqual(['compose/b-production.compose.yaml']);
  });

  test('a $(VAR) reference in arguments goes through a shell that expands it, a literal $ is escaped', () => {
    const app = BlueprintTesting.app();
    const bp = new Blueprint(app, 'x-development', { environment: Environment.development() });
    const secret = SecretRef.existing('api-token', ['token']);
    new CronTask(bp, 'sync', {
      image: 'registry.example.com/x/sync:1.0.0',
      command: ['sync', '--token', '$(TOKEN)', '--price', '5$'],
      env: { TOKEN: EnvValue.fromSecret(secret, 'token') },
      schedule: Schedule.hourly(),
    });
    const svc = parse(app.synthesize().files.get('compose/x-development.compose.yaml')!).services.sync;
    expect(svc.entrypoint).toEqual(['/bin/sh', '-c', 'exec \'sync\' \'--token\' \'\'"$$TOKEN"\'\' \'--price\' \'5$$\'']);
    expect(svc.command).toBeUndefined();
  });

  test('config data with a $ is escaped; an image built elsewhere has no build section', () => {
    const app = BlueprintTesting.app();
    const bp = new Blueprint(app, 'y-development', { environment: Environment.development() });
    const cfg = new Config(bp, 'cfg', { data: { GREETING: 'costs $5' } });
    new WebService(bp, 'web', { image: 'registry.example.com/y/web:1.0.0', port: 8080, env: { GREETING: EnvValue.fromConfig(cfg, 'GREETING') } });
    const svc = parse(app.synthesize().files.get('compose/y-development.compose.yaml')!).services.web;
    expect(svc.environment.GREETING).toEqual('costs $$5');
    expect(svc.build).toBeUndefined();
  });

  test('an Image\'s HEALTHCHECK makes dependents wait for service_healthy', () => {
    const app = BlueprintTesting.app();
    const image = new Image(app, 'api', {
      build: Build.python({ server: { kind: 'gunicorn', module: 'app:app' }, healthPath: '/healthz' }),
      repository: 'registry.example.com/z/api', tag: '1.0.0', context: 'services/api',
    });
    const bp = new Blueprint(app, 'z-development', { environment: Environment.development() });
    const api = new WebService(bp, 'api', { image });
    const web = new WebService(bp, 'web', { image: 'registry.example.com/z/web:1.0.0', port: 8080 });
    web.connectTo(api);
    const compose = parse(app.synthesize().files.get('compose/z-development.compose.yaml')!);
    expect(compose.services.web.depends_on).toEqual({ api: { condition: 'service_healthy' } });
    expect(compose.services.api.build).toEqual({ context: '../../services/api', dockerfile: '../../dist/images/api/Dockerfile' });
  });
});
