/**
 * BackupTools (lib/data/backup-tools.ts): the image the backup, restore and drill jobs run — Debian bookworm slim
 * with the tools the backup scripts call, as an unprivileged user. The scripts themselves come from the ConfigMap.
 */
import { BackupTools, BlueprintTesting } from '../../lib';
import { BACKUP_SCRIPT_LIBRARY, ENGINE_SCRIPTS } from '../../lib/data/backup/_scripts.generated';
import { DEBIAN_PACKAGE_VERSIONS } from '../../lib/images/_debian-packages.generated';

const tools = (props: Partial<ConstructorParameters<typeof BackupTools>[2]> = {}) =>
  new BackupTools(BlueprintTesting.app(), 'backup-tools', { repository: 'registry.example.com/platform/backup-tools', ...props });

/** The Debian package of each program the scripts (and the mesh wrapper: curl) call that the base image lacks. */
const PACKAGE_OF: Record<string, string> = {
  'pg_dump': 'postgresql-client-15', 'pg_restore': 'postgresql-client-15', 'psql': 'postgresql-client-15',
  'createdb': 'postgresql-client-15', 'dropdb': 'postgresql-client-15',
  'redis-cli': 'redis-tools', 'redis-check-rdb': 'redis-tools',
  'sqlite3': 'sqlite3', 'age': 'age', 'rclone': 'rclone', 'curl': 'curl',
};

/** `name=version` with bookworm's version from the pins table (npm run gen:apt-pins). */
const pinned = (name: string) => `${name}=${DEBIAN_PACKAGE_VERSIONS[name]}`;

describe('BackupTools', () => {
  test('its Dockerfile: Debian bookworm slim, the clients the scripts use at pinned versions, an unprivileged user, no HEALTHCHECK to run, /bin/sh', () => {
    const packages = ['ca-certificates', 'curl', 'postgresql-client-15', 'redis-tools', 'sqlite3', 'age', 'rclone'].map(pinned).join(' ');
    expect(tools().renderDockerfile()).toEqual([
      '# syntax=docker/dockerfile:1',
      '',
      'FROM debian:bookworm-slim',
      'RUN apt-get update \\',
      `  && apt-get install -y --no-install-recommends ${packages} \\`,
      '  && rm -rf /var/lib/apt/lists/*',
      'LABEL org.opencontainers.image.title="backup-tools" \\',
      '  org.opencontainers.image.description="pg_dump/pg_restore 15, redis-cli, sqlite3, age, rclone and curl for cdk8s-blueprints backup jobs"',
      'USER 10001:10001',
      '# Only one-shot jobs run this image (backup, restore, drill): nothing listens, so there is nothing to check.',
      'HEALTHCHECK NONE',
      'ENTRYPOINT ["/bin/sh"]',
      '',
    ].join('\n'));
  });

  test('installs the package of every program the backup scripts call', () => {
    const text = [BACKUP_SCRIPT_LIBRARY, ...Object.values(ENGINE_SCRIPTS).flatMap((s) => [s.backup, s.restore, s.verify])]
      .map((s) => s.text.split('\n').filter((l) => !l.trimStart().startsWith('#')).join('\n')).join('\n');
    const called = Object.keys(PACKAGE_OF).filter((p) => new RegExp(`(^|[\\s;!(|])${p.replace(/[-_]/g, '[-_]')}\\s`, 'm').test(text));
    expect(called.sort()).toEqual(['age', 'createdb', 'curl', 'dropdb', 'pg_dump', 'pg_restore', 'psql', 'rclone', 'redis-check-rdb', 'redis-cli', 'sqlite3']);
    const install = tools().renderDockerfile().split('\n').find((l) => l.includes('apt-get install'))!;
    for (const p of [...called, 'curl']) expect(install.split(' ')).toContain(pinned(PACKAGE_OF[p]!));
  });

  test('tag 1.0.0 by default; a tag and a digest of its own', () => {
    expect(tools().imageReference).toEqual('registry.example.com/platform/backup-tools:1.0.0');
    expect(tools({ tag: '2.1.0' }).imageReference).toEqual('registry.example.com/platform/backup-tools:2.1.0');
    const digest = `sha256:${'a'.repeat(64)}`;
    expect(tools({ tag: '2.1.0', digest }).imageReference).toEqual(`registry.example.com/platform/backup-tools:2.1.0@${digest}`);
  });

  test('its Dockerfile goes to dist/images/<id>/Dockerfile like any Image\'s', () => {
    expect(tools().dockerfilePath).toEqual('images/backup-tools/Dockerfile');
  });
});
