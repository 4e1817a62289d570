/**
 * Strict schema for Velero `velero.io/v1` Schedule and Restore (Velero 1.13/1.14 `ScheduleSpec`, `BackupSpec` and
 * `RestoreSpec`, pkg/apis/velero/v1/restore_types.go), written by hand
 * from velero's pkg/apis/velero/v1 types. Durations are metav1.Duration strings such as '720h0m0s'.
 */
import {
  arrayOf, boolean, crd, CrdSchema, duration, enumOf, int32, JsonSchema, k8sRef, LABEL_SELECTOR, object, string,
  stringMap,
} from './_dsl';

const V = (name: string) => `Velero ${name}`;
const strings = () => arrayOf(string());

/** A hook command run in a container of the selected pods, before or after their backup. */
const backupResourceHook = (): JsonSchema =>
  object(
    V('BackupResourceHook'),
    {
      exec: object(
        V('ExecHook'),
        {
          container: string(),
          command: arrayOf(string(), { minItems: 1 }),
          onError: enumOf('Continue', 'Fail'),
          timeout: duration(),
        },
        { required: ['command'] },
      ),
    },
    { required: ['exec'] },
  );

const backupSpec = (): JsonSchema =>
  object(V('BackupSpec'), {
    metadata: object(V('Metadata'), { labels: stringMap() }),
    includedNamespaces: strings(),
    excludedNamespaces: strings(),
    includedResources: strings(),
    excludedResources: strings(),
    includedClusterScopedResources: strings(),
    excludedClusterScopedResources: strings(),
    includedNamespaceScopedResources: strings(),
    excludedNamespaceScopedResources: strings(),
    labelSelector: k8sRef(LABEL_SELECTOR),
    orLabelSelectors: arrayOf(k8sRef(LABEL_SELECTOR)),
    snapshotVolumes: boolean(),
    ttl: duration(),
    includeClusterResources: boolean(),
    hooks: object(V('BackupHooks'), {
      resources: arrayOf(
        object(
          V('BackupResourceHookSpec'),
          {
            name: string(),
            includedNamespaces: strings(),
            excludedNamespaces: strings(),
            includedResources: strings(),
            excludedResources: strings(),
            labelSelector: k8sRef(LABEL_SELECTOR),
            pre: arrayOf(backupResourceHook()),
            post: arrayOf(backupResourceHook()),
          },
          { required: ['name'] },
        ),
      ),
    }),
    storageLocation: string(),
    volumeSnapshotLocations: strings(),
    defaultVolumesToRestic: boolean(),
    defaultVolumesToFsBackup: boolean(),
    orderedResources: stringMap(),
    csiSnapshotTimeout: duration(),
    itemOperationTimeout: duration(),
    resourcePolicy: object(
      V('TypedLocalObjectReference'),
      { apiGroup: string(), kind: string(), name: string() },
      { required: ['kind', 'name'] },
    ),
    snapshotMoveData: boolean(),
    datamover: string(),
    uploaderConfig: object(V('UploaderConfigForBackup'), { parallelFilesUpload: int32() }),
  });

const scheduleSpec = (): JsonSchema =>
  object(
    V('ScheduleSpec'),
    {
      template: backupSpec(),
      schedule: string(),
      useOwnerReferencesInBackup: boolean(),
      paused: boolean(),
      skipImmediately: boolean(),
    },
    { required: ['schedule', 'template'] },
  );

/** RestoreSpec: what to restore from which backup (`backupName`, or the newest completed backup of `scheduleName`). */
const restoreSpec = (): JsonSchema =>
  object(V('RestoreSpec'), {
    backupName: string(),
    scheduleName: string(),
    includedNamespaces: strings(),
    excludedNamespaces: strings(),
    includedResources: strings(),
    excludedResources: strings(),
    namespaceMapping: stringMap(),
    labelSelector: k8sRef(LABEL_SELECTOR),
    orLabelSelectors: arrayOf(k8sRef(LABEL_SELECTOR)),
    restorePVs: boolean(),
    restoreStatus: object(V('RestoreStatusSpec'), { includedResources: strings(), excludedResources: strings() }),
    preserveNodePorts: boolean(),
    includeClusterResources: boolean(),
    existingResourcePolicy: enumOf('none', 'update'),
    itemOperationTimeout: duration(),
    resourceModifier: object(
      V('TypedLocalObjectReference'),
      { apiGroup: string(), kind: string(), name: string() },
      { required: ['kind', 'name'] },
    ),
    uploaderConfig: object(V('UploaderConfigForRestore'), { writeSparseFiles: boolean(), parallelFilesDownload: int32() }),
  });

export const VELERO_CRDS: readonly CrdSchema[] = [
  crd('velero.io/v1', 'Schedule', scheduleSpec(), { specRequired: true }),
  crd('velero.io/v1', 'Restore', restoreSpec(), { specRequired: true }),
];
