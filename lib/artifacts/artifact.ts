import { Construct, IConstruct } from 'constructs';
import { checkedProps } from '../k8s/_construct-props';
import { report } from '../k8s/_recorded-errors';

/**
 * A file that synthesis writes next to the Kubernetes manifests: a Dockerfile, a `.dockerignore`, a compose
 * file, a review summary. Constructs declare artifacts; only `BlueprintApp.synth()` writes them.
 */
export interface ArtifactProps {
  /** Path relative to the output directory, with '/' separators, e.g. 'images/user-service/Dockerfile'. */
  readonly path: string;
  /** Produces the file's content when the app synthesizes (after every construct has been configured). */
  readonly render: () => string;
  /**
   * What the file is, for the synthesis report.
   * @default - the path
   */
  readonly description?: string;
}

/** A declared output file. Construct it in any scope; its path must be unique in the app. */
export class Artifact extends Construct {
  /** Every artifact in the tree under `scope`, in construction order. */
  public static all(scope: IConstruct): Artifact[] {
    return scope.node.findAll().filter((c): c is Artifact => c instanceof Artifact);
  }

  public readonly path: string;
  public readonly description: string;
  private readonly renderFn: () => string;

  constructor(scope: Construct, id: string, props: ArtifactProps) {
    props = checkedProps('Artifact', scope, id, props);
    super(scope, id);
    if (props.path.startsWith('/') || props.path.split('/').some((p) => p === '..' || p === '')) {
      report(this, 'Artifact', `'path' ('${props.path}') must be relative to the output directory, without '..' or empty segments`);
    }
    this.path = props.path;
    this.description = props.description ?? props.path;
    this.renderFn = props.render;
  }

  /** The file's content. */
  public render(): string {
    return this.renderFn();
  }
}
