/**
 * The corpus, the signed-images rule (`lib/validation/signing-rules.ts`): a production workload running an Image
 * without `signing`, with the exact report of the gate. Not a test file: signing-rules.test.ts and corpus.test.ts run it.
 */
import { Build, CronTask, Image, ImageSigning, Schedule, WebService } from '../../lib/index';
import { CorpusCase, error, ONE_ERROR, production, report, RUST_HEALTHCHECK } from './_corpus-kit';

export const SIGNING_FIX = 'give the Image `signing: ImageSigning.githubActions({ repository: \'owner/name\' })` (or `ImageSigning.keyless({...})`, `ImageSigning.key({ publicKey })`): its production blueprints then emit the Kyverno Policy `<app>-verify-images`, and the build signs it';

function builtImage(app: Parameters<CorpusCase['build']>[0], id: string, signing?: ImageSigning): Image {
  return new Image(app, id, {
    build: Build.rust({ binary: 'api', healthPath: '/healthz', healthcheckCommand: RUST_HEALTHCHECK }),
    repository: `registry.example.com/shop/${id}`, tag: '1.4.2', signing,
  });
}

const message = (kind: string, name: string, id: string) =>
  `${kind} '${name}' runs 'registry.example.com/shop/${id}:1.4.2' (images/${id}/Dockerfile) unsigned: no Kyverno verifyImages policy in namespace 'shop' admits only signed registry.example.com/shop/${id} images; give the Image a signing identity, e.g. signing: ImageSigning.githubActions({ repository: 'owner/name' })`;

export const SIGNING_CASES: readonly CorpusCase[] = [
  {
    name: 'image-signed-in-production: a production web service running an unsigned Image',
    kind: 'gate', rule: 'image-signed-in-production',
    build: (app) => { new WebService(production(app), 'api', { image: builtImage(app, 'api') }); },
    expected: report(ONE_ERROR, error('image-signed-in-production', 'shop-production/api/Deployment', message('Deployment', 'api', 'api'), SIGNING_FIX)),
  },
  {
    name: 'image-signed-in-production: a production scheduled task running an unsigned Image beside a signed one',
    kind: 'gate', rule: 'image-signed-in-production',
    build: (app) => {
      const shop = production(app);
      new WebService(shop, 'api', { image: builtImage(app, 'api', ImageSigning.githubActions({ repository: 'acme/shop' })) });
      new CronTask(shop, 'report', { image: builtImage(app, 'report'), schedule: Schedule.daily({ hour: 2 }) });
    },
    expected: report(ONE_ERROR, error('image-signed-in-production', 'shop-production/report/CronJob', message('CronJob', 'report', 'report'), SIGNING_FIX)),
  },
];
