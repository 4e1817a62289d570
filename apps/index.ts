/** Every example app, defined into one BlueprintApp. `main.ts` synthesizes them; the tests do the same in memory. */
import * as path from 'path';
import { BlueprintApp, BlueprintAppProps } from '../lib/index';
import { flaskHello } from './flask-hello';
import { httpdStatic } from './httpd-static';
import { rustHello } from './rust-hello';
import { rustNotes } from './rust-notes';
import { STOREFRONT_CRD_FILES, storefront } from './storefront';
import { userService } from './user-service';

/** The examples' base-image lock, at the repository root (next to cdk8s.yaml), wherever the app runs from. */
export const BASE_IMAGE_LOCK = path.join(__dirname, '..', 'base-images.lock.json');

export function buildExamples(props: BlueprintAppProps = {}): BlueprintApp {
  // The storefront's cert-manager Certificate is checked against the CRD it ships (a user's own CRD). Every
  // blueprint is also written as a Helm chart, dist/charts/<blueprint>/.
  // Every generated Dockerfile pulls its bases by digest from the committed lock, base-images.lock.json (resolved
  // against the local registry of stand-ins, scripts/containers/setup.sh; `npx cdk8s-blueprints lock --app apps/main.ts
  // --refresh --mirror docker.io=http://127.0.0.1:5000 --mirror gcr.io=http://127.0.0.1:5000` refreshes it).
  const app = new BlueprintApp({ helm: true, baseImageLock: BASE_IMAGE_LOCK, ...props, crdFiles: [...STOREFRONT_CRD_FILES, ...(props.crdFiles ?? [])] });
  flaskHello(app);
  rustHello(app);
  httpdStatic(app);
  // One BackupTools image per app: the user service's, which the notes' SQLite backups run too.
  const backupTools = userService(app);
  rustNotes(app, backupTools);
  storefront(app);
  return app;
}
