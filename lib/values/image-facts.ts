/**
 * What a Dockerfile declares that the manifests running its image must agree with: the gate cross-checks both
 * sides (EXPOSE = containerPort = Service targetPort = probe port, USER = runAsUser/runAsGroup, writable paths are
 * mounts, exec-form entrypoint).
 */
export interface ImageFacts {
  /** The numeric USER of the final stage. */
  readonly user: { readonly uid: number; readonly gid: number };
  /**
   * The EXPOSEd port.
   * @default - none: the image listens on no port
   */
  readonly port?: number;
  /** Absolute paths the running image writes; always includes '/tmp'. */
  readonly writablePaths: readonly string[];
  /**
   * HTTP path of the health endpoint.
   * @default - none declared
   */
  readonly healthPath?: string;
  /** Form of the ENTRYPOINT (or of the CMD when there is no ENTRYPOINT). */
  readonly entrypointForm: 'exec' | 'shell';
}

/** A container that runs an image whose Dockerfile is generated here: the pair the cross-checks compare. */
export interface ImageBinding {
  /** Construct path of the object holding the pod template (Deployment, StatefulSet, CronJob). */
  readonly objectPath: string;
  /** Name of the container that runs the image. */
  readonly container: string;
  /** Output path of the Dockerfile, e.g. 'images/user-service/Dockerfile'. */
  readonly dockerfilePath: string;
  /** What the Dockerfile declares. */
  readonly facts: ImageFacts;
}
