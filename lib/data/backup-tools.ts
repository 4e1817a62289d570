import { Construct } from 'constructs';
import { checkedProps } from '../k8s/_construct-props';
import { Image } from '../images/image';
import { Build } from '../images/build';
import { Dockerfile, DockerfileInstruction as I, DockerfileStage } from '../images/dockerfile';
import { ImageSigning } from '../values/image-signing';

/** Props for `BackupTools`. */
export interface BackupToolsProps {
  /** Registry and path to push the image to, e.g. 'registry.example.com/platform/backup-tools'. */
  readonly repository: string;
  /**
   * @default '1.0.0'
   */
  readonly tag?: string;
  /**
   * A digest to pin the reference to.
   * @default - none
   */
  readonly digest?: string;
  /**
   * Who signs the image, as for any `Image`: production blueprints whose backup jobs run it admit it only signed by
   * that identity (the gate's `image-signed-in-production` rule requires one there).
   * @default - unsigned
   */
  readonly signing?: ImageSigning;
}

/**
 * The image every backup, restore and drill job runs: Debian bookworm slim (/bin/sh is dash) with the PostgreSQL
 * 15 client, redis-tools, sqlite3 (the SQLite 3.40 shell), age, rclone and curl — the tools the backup scripts use,
 * nothing else, each at bookworm's version pinned by `npm run gen:apt-pins`. Its jobs run to completion and serve
 * nothing: `HEALTHCHECK NONE`. The scripts are not in the image: each service ships them in its
 * `<id>-backup-scripts-<hash>` ConfigMap. Create it once in the app and give it to every `BackupPolicy` user
 * (`Postgres`, `Redis`, a `StatefulWorkload` backed up by a dump) through their `backupTools` prop. Its Dockerfile
 * is written to `dist/images/<id>/Dockerfile` like any Image's.
 *
 * @example const tools = new BackupTools(app, 'backup-tools', { repository: 'registry.example.com/platform/backup-tools' });
 */
export class BackupTools extends Image {
  constructor(scope: Construct, id: string, props: BackupToolsProps) {
    props = checkedProps('BackupTools', scope, id, props);
    const dockerfile = Dockerfile.of({
      stages: [DockerfileStage.from('debian:bookworm-slim', {
        instructions: [
          // bookworm's versions, pinned from lib/images/_debian-packages.generated.ts (npm run gen:apt-pins)
          I.aptInstall(['ca-certificates', 'curl', 'postgresql-client-15', 'redis-tools', 'sqlite3', 'age', 'rclone']),
          I.label({
            'org.opencontainers.image.title': id,
            'org.opencontainers.image.description': 'pg_dump/pg_restore 15, redis-cli, sqlite3, age, rclone and curl for cdk8s-blueprints backup jobs',
          }),
          I.userId(10001, 10001),
          I.comment('Only one-shot jobs run this image (backup, restore, drill): nothing listens, so there is nothing to check.'),
          I.healthcheckNone(),
          I.entrypoint(['/bin/sh']),
        ],
      })],
    });
    super(scope, id, {
      build: Build.fromDockerfile(dockerfile, { description: 'backup tools: PostgreSQL 15 client, redis-tools, sqlite3, age, rclone on Debian bookworm slim' }),
      repository: props.repository,
      tag: props.tag ?? '1.0.0',
      digest: props.digest,
      signing: props.signing,
    });
  }
}
