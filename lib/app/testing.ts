import * as os from 'os';
import * as path from 'path';
import { BlueprintApp, BlueprintAppProps, Synthesis } from './app';
import { Blueprint } from '../blueprint/blueprint';

/**
 * Helpers for snapshot-testing your own blueprints with jest. They run the same synthesis and validation
 * gate as `synth()` — a blueprint that would fail `npm run synth` fails the test with the same report — and
 * write nothing.
 *
 * @example
 * const app = BlueprintTesting.app();
 * const shop = new Blueprint(app, 'shop-production', { environment: Environment.production() });
 * new WebService(shop, 'web', { ... });
 * expect(BlueprintTesting.synth(shop)).toMatchSnapshot();
 */
export class BlueprintTesting {
  /** An app whose output directory is a temporary one (never `dist/`). */
  public static app(props: BlueprintAppProps = {}): BlueprintApp {
    return new BlueprintApp({ outdir: path.join(os.tmpdir(), 'cdk8s-blueprints-test'), ...props });
  }

  /** The objects of one blueprint, after validating the whole app. */
  public static synth(blueprint: Blueprint): any[] {
    const app = blueprint.node.root as BlueprintApp;
    return app.synthesize().objects.filter((o) => o.blueprint === blueprint.node.id).map((o) => o.json);
  }

  /** Every file the app would write, in memory. */
  public static synthApp(app: BlueprintApp): Synthesis {
    return app.synthesize();
  }

  private constructor() {}
}
