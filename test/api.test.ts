/**
 * The public API: what `lib/index.ts` exports, name by name. An export added or removed by accident fails here
 * with its name; a deliberate change updates the list (and the README when users see it).
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import * as api from '../lib/index';

const INDEX = path.join(__dirname, '..', 'lib', 'index.ts');

/** Every name `lib/index.ts` exports, as the TypeScript compiler sees it, with whether it is a run-time value. */
function exportedSymbols(): { name: string; value: boolean }[] {
  const program = ts.createProgram([INDEX], { strict: true, esModuleInterop: true, skipLibCheck: true, noEmit: true });
  const checker = program.getTypeChecker();
  const module = checker.getSymbolAtLocation(program.getSourceFile(INDEX)!)!;
  return checker.getExportsOfModule(module).map((s) => {
    const target = s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s;
    return { name: s.name, value: (target.flags & ts.SymbolFlags.Value) !== 0 };
  });
}

const symbols = exportedSymbols();

/** The run-time values: constructs, value objects, errors, the test helper, `Duration`/`Size` and the `k8s` escape hatch. */
const VALUES = [
    'AlertPolicy',
    'Artifact', 'BackupDestination', 'BackupEncryption', 'BackupMethod', 'BackupPolicy', 'BackupTools', 'BaseImageLock', 'Blueprint', 'BlueprintAlerts', 'BlueprintApp',
    'BlueprintError', 'BlueprintTesting', 'Build', 'Config', 'Connections', 'Cpu', 'CronTask', 'CustomResourceSchemas', 'DeploymentStrategy',
    'Dockerfile', 'DockerfileInstruction', 'DockerfileMount', 'DockerfileStage', 'Duration', 'EnvValue',
    'Environment', 'ExternalSecret', 'ExternalService', 'GeneratedCredentials', 'GitOps', 'GitOpsCluster', 'GitRevision', 'HealthCheck', 'Image', 'ImagePolicy', 'ImageRef', 'ImageSigning', 'ImageVerification',
    'Job', 'LoadBalancer', 'Peer', 'Policy', 'Postgres', 'PriorityClasses', 'ProvidedSecret', 'Redis', 'ReplicatedWorkload', 'ResourceProfile', 'ScalingPolicy', 'ScalingTrigger',
    'Schedule', 'SecretRef', 'Size', 'StatefulService', 'StatefulWorkload', 'TrafficPolicy', 'TrafficSplit', 'ValidationError',
    'WebService', 'Worker', 'Workload', 'WorkloadPermissions', 'k8s',
];

/** The types: props and options of the constructs and value objects, and what custom checks and tests read. */
const TYPES = [
    'AlertGroup', 'AlertPolicyOptions', 'AlertRule',
    'ApiServerAddress', 'ArtifactProps', 'AutoscalingProps', 'BackupPolicyOptions', 'BackupToolsProps', 'BaseImageLockEntry', 'BaseLockUse', 'BlueprintAlertsProps', 'BlueprintAppProps',
    'BlueprintProps', 'BuildFacts', 'BuildFromDockerfileOptions', 'BuildGoOptions', 'BuildNodeOptions',
    'BuildOptions', 'BuildPreset', 'BuildPythonOptions', 'BuildRustOptions', 'BuildServiceOptions',
    'BuildStaticSiteOptions', 'CircuitBreakerOptions', 'CommandBackupOptions', 'ConfigProps', 'ConnectionEndpoint', 'ConnectionPoolOptions',
    'ConsistentHashOptions', 'ContainerPort', 'ContainerProps', 'CookieHashOptions', 'CountOrPercent',
    'CronTaskProps', 'CronTriggerProps', 'DisruptionBudget', 'DockerfileCommand', 'DockerfileCommandForm', 'DockerfileHealthcheck',
    'DockerfileHealthcheckOptions', 'DockerfileInstructionCopyOptions', 'DockerfileInstructionKind',
    'DockerfileInstructionRunOptions', 'DockerfileInstructionSpec', 'DockerfileProps', 'DockerfileStageProps',
    'DockerfileUser', 'EnvironmentProps', 'EnvironmentValues', 'EventScaling', 'EventScalingProps', 'ExternalSecretProps', 'ExternalSecretSource',
    'ExternalServiceProps', 'Finding', 'GateCheck', 'GateInput', 'GatewayReference', 'GeneratedCredentialsProps', 'GitHubActionsSigningOptions', 'GitOpsClusterRemoteOptions', 'GitOpsEngine', 'GitOpsProps', 'GrpcHealthCheckOptions', 'HealthCheckOptions', 'HelmChartOptions',
    'HttpHealthCheckOptions', 'IConfigSource', 'IConnectable', 'IImageSource', 'ImageProps', 'ImageVerificationProps', 'JobProps', 'JobRunsBeforeOptions', 'KeySigningOptions', 'KeylessSigningOptions', 'LoadBalancerAlgorithm',
    'MeshTlsMode', 'PasswordOptions', 'PeerPort', 'PersistentVolumeOptions', 'PodField', 'PostgresProps', 'PriorityClassDefinition',
    'PriorityClassesProvidedOptions', 'PriorityTier', 'PrometheusTriggerProps', 'ProvidedSecretProps', 'PythonServer', 'RbacRule', 'RbacVerb', 'RedisListTriggerProps', 'RedisProps',
    'RenderedArtifact', 'RenderedObject', 'ReplicatedWorkloadProps', 'RequestAndLimit', 'ResourceField',
    'ResourceProfileOverrides', 'ResourceProfileProps', 'RetryOn', 'RetryOptions', 'RollingUpdateOptions',
    'RustRuntime', 'ScheduleOptions', 'SecretKeyRef', 'SecurityOptions', 'Severity', 'SignedImage', 'SqliteBackupOptions',
    'StatefulServiceProps', 'StatefulVolumeOptions', 'StatefulWorkloadProps', 'Suppression', 'Synthesis', 'TimeOfDay', 'TrafficPolicyProps', 'TriggerSecret', 'VolumeRestoreDrill', 'VolumeRestorePath', 'WebServiceExposeViaGatewayOptions',
    'WebServiceExposeViaIngressOptions', 'WebServiceMetricsOptions', 'WebServiceProps', 'Weekday', 'WeightedSubset',
    'WorkerProps', 'WorkloadConnectToOptions', 'WorkloadGrantOptions', 'WorkloadPermissionsGrantReadOptions', 'WorkloadProps',
];

describe('lib/index.ts', () => {
  test('exports exactly these run-time values', () => {
    expect(symbols.filter((s) => s.value).map((s) => s.name).sort()).toEqual(VALUES);
    // what `require('cdk8s-blueprints')` gives is the same list
    expect(Object.keys(api).sort()).toEqual(VALUES);
  });

  test('exports exactly these types', () => {
    expect(symbols.filter((s) => !s.value).map((s) => s.name).sort()).toEqual(TYPES);
  });

  test('names every export: only `export { … } from` and `export type { … } from`, no `export *` and no declarations', () => {
    const source = ts.createSourceFile(INDEX, fs.readFileSync(INDEX, 'utf8'), ts.ScriptTarget.ES2022);
    const other = source.statements
      .filter((s) => !(ts.isExportDeclaration(s) && s.exportClause !== undefined && ts.isNamedExports(s.exportClause) && s.moduleSpecifier !== undefined))
      .map((s) => s.getText(source));
    expect(other).toEqual([]);
  });

  test('exports no internal helper, constant or rendering type', () => {
    // GIVEN names that are importable by path inside the repository, and must stay out of the package's API
    const internals = [
      'volumeName', 'WAIT_IMAGE', 'ISTIO_PROXY_UID', 'RULES', 'runChecks', 'formatReport', 'composePath', 'renderCompose',
      'SECRET_NAME_PATTERN', 'SUPPRESSION_ANNOTATION_PREFIX', 'DEFAULT_UID', 'MUTABLE_TAGS', 'POSTGRES_IMAGE', 'REDIS_IMAGE',
      'quantity', 'validateCron', 'isCidr', 'envPrefixOf', 'Rule', 'RuleContext', 'Violation', 'RenderedProbes',
      'ResolvedSecurity', 'BlueprintLabels', 'emitObject', 'ObjectNames', 'checkProps', 'StatefulEngine', 'BackupEngine',
    ];

    // THEN
    const exported = new Set(symbols.map((s) => s.name));
    expect(internals.filter((n) => exported.has(n))).toEqual([]);
  });
});

describe('what users are shown importing is exported', () => {
  /** Every name imported from 'cdk8s-blueprints' in `text`. */
  function importedNames(text: string): string[] {
    return [...text.matchAll(/import\s*(?:type\s*)?\{([^}]*)\}\s*from\s*'cdk8s-blueprints'/g)]
      .flatMap((m) => m[1].split(',').map((n) => n.trim().replace(/^type\s+/, '')).filter((n) => n !== ''));
  }
  const REPO = path.join(__dirname, '..');
  const TEMPLATES = path.join(REPO, 'lib', 'cli', 'templates');
  const templateFiles = fs.readdirSync(TEMPLATES, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts')).map((f) => path.join(TEMPLATES, f));
  const files = [path.join(REPO, 'README.md'), ...templateFiles];

  test.each(files.map((f) => [path.relative(REPO, f), f]))('%s', (_name, file) => {
    // GIVEN
    const names = importedNames(fs.readFileSync(file, 'utf8'));

    // THEN
    expect(names).not.toEqual([]);
    const exported = new Set(symbols.map((s) => s.name));
    expect(names.filter((n) => !exported.has(n))).toEqual([]);
  });
});
