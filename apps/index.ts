/** Every example app, defined into one BlueprintApp. `main.ts` synthesizes them; the tests do the same in memory. */
import { BlueprintApp, BlueprintAppProps } from '../lib/index';
import { flaskHello } from './flask-hello';
import { httpdStatic } from './httpd-static';
import { rustHello } from './rust-hello';
import { rustNotes } from './rust-notes';
import { STOREFRONT_CRD_FILES, storefront } from './storefront';
import { userService } from './user-service';

export function buildExamples(props: BlueprintAppProps = {}): BlueprintApp {
  // The storefront's cert-manager Certificate is checked against the CRD it ships (a user's own CRD). Every
  // blueprint is also written as a Helm chart, dist/charts/<blueprint>/.
  const app = new BlueprintApp({ helm: true, ...props, crdFiles: [...STOREFRONT_CRD_FILES, ...(props.crdFiles ?? [])] });
  flaskHello(app);
  rustHello(app);
  httpdStatic(app);
  // One BackupTools image per app: the user service's, which the notes' SQLite backups run too.
  const backupTools = userService(app);
  rustNotes(app, backupTools);
  storefront(app);
  return app;
}
