import { BackupDestination, BackupEncryption, BackupPolicy, BlueprintError, Duration, Schedule, SecretRef, Size } from '../../lib/index';

const AGE = SecretRef.existing('db-backup-age', ['recipients', 'identity']);
const ENCRYPTION = BackupEncryption.age({ recipients: AGE.keyRef('recipients'), identity: AGE.keyRef('identity') });
const S3_KEYS = SecretRef.existing('backup-s3', ['accessKeyId', 'secretAccessKey']);
const RETENTION_RULE = 'must be a whole number of days, at least 1 (e.g. Duration.days(14))';
const ENDPOINT_RULE = "must be an http(s) URL of the S3 endpoint without credentials, path, query or fragment, e.g. 'https://s3.eu-central-1.amazonaws.com'";
const BUCKET_RULE = "must be a valid S3 bucket name (3-63 lowercase letters, digits, '.' and '-')";
const PREFIX_RULE = "must be empty or segments of letters, digits, '.', '_' and '-' (not '.' or '..') joined by single '/', without a leading or trailing '/'";
const SIZE_RULE = 'must be a whole number of kibibytes, at least 1Mi';
const REGION_RULE = "must be a region name of lowercase letters, digits and '-' (e.g. 'eu-central-1')";
const DNS_LABEL_RULE = "must be a DNS-1123 label: at most 63 characters, lowercase letters, digits and '-', starting and ending with a letter or digit";
const DNS_SUBDOMAIN_RULE = "must be a DNS-1123 subdomain: at most 253 characters, lowercase letters, digits, '-' and '.', starting and ending with a letter or digit";

const s3 = (options: Partial<Parameters<typeof BackupDestination.s3>[0]> = {}) =>
  BackupDestination.s3({ endpoint: 'https://s3.eu-central-1.amazonaws.com', bucket: 'shop-backups', credentials: S3_KEYS, ...options });

describe('BackupPolicy factories', () => {
  test('daily: 02:00 UTC and every default', () => {
    // GIVEN / WHEN
    const policy = BackupPolicy.daily({ retention: Duration.days(14) });

    // THEN
    expect([policy.schedule?.expression, policy.schedule?.timeZone]).toEqual(['0 2 * * *', 'Etc/UTC']);
    expect(policy.retentionDays).toEqual(14);
    expect(policy.encryption).toBeUndefined();
    expect(policy.destination.spec).toEqual({ kind: 'volume', size: Size.gibibytes(10), storageClass: undefined });
    expect([policy.startingDeadlineSeconds, policy.activeDeadlineSeconds]).toEqual([1800, 7200]);
    expect([policy.restoreDrill, policy.veleroNamespace, policy.storageLocation]).toEqual([undefined, 'velero', undefined]);
    expect(policy.scratchSpace).toEqual(Size.gibibytes(10));
    expect([policy.isDisabled, policy.disabledReason]).toEqual([false, undefined]);
  });

  test('daily at a time in a time zone', () => {
    // GIVEN / WHEN
    const schedule = BackupPolicy.daily({ retention: Duration.days(1) }, { hour: 3, minute: 30 }, { timeZone: 'Europe/Berlin' }).schedule;

    // THEN
    expect([schedule?.expression, schedule?.timeZone]).toEqual(['30 3 * * *', 'Europe/Berlin']);
  });

  test.each([
    ['weekly()', '0 2 * * 0', () => BackupPolicy.weekly({ retention: Duration.days(28) })],
    ['weekly(friday, 23:45)', '45 23 * * 5', () => BackupPolicy.weekly({ retention: Duration.days(28) }, 'friday', { hour: 23, minute: 45 })],
    ['monthly()', '0 2 1 * *', () => BackupPolicy.monthly({ retention: Duration.days(365) })],
    ['monthly(28, 00:00)', '0 0 28 * *', () => BackupPolicy.monthly({ retention: Duration.days(365) }, 28, { hour: 0 })],
    ['custom(*/30 * * * *)', '*/30 * * * *', () => BackupPolicy.custom(Schedule.cron('*/30 * * * *'), { retention: Duration.days(2) })],
  ])('%s: schedule %p', (_name, expression, make) => {
    expect(make().schedule?.expression).toEqual(expression);
  });

  test('weekly and monthly in a time zone', () => {
    expect(BackupPolicy.weekly({ retention: Duration.days(7) }, 'monday', { hour: 1 }, { timeZone: 'America/New_York' }).schedule?.timeZone).toEqual('America/New_York');
    expect(BackupPolicy.monthly({ retention: Duration.days(7) }, 2, { hour: 1 }, { timeZone: 'Asia/Tokyo' }).schedule?.timeZone).toEqual('Asia/Tokyo');
  });

  test('every option is kept', () => {
    // GIVEN
    const destination = BackupDestination.volume({ size: Size.gibibytes(50), storageClass: 'backup-zone-b' });
    const drill = Schedule.weekly('sunday', { hour: 5 });

    // WHEN
    const policy = BackupPolicy.daily({
      retention: Duration.days(30), encryption: ENCRYPTION, destination, startingDeadline: Duration.seconds(10), activeDeadline: Duration.minutes(1),
      restoreDrill: drill, veleroNamespace: 'backup-system', storageLocation: 'eu-central-1', scratchSpace: Size.gibibytes(50),
    });

    // THEN
    expect(policy.encryption).toBe(ENCRYPTION);
    expect(policy.destination).toBe(destination);
    expect([policy.startingDeadlineSeconds, policy.activeDeadlineSeconds]).toEqual([10, 60]);
    expect(policy.restoreDrill).toBe(drill);
    expect([policy.veleroNamespace, policy.storageLocation]).toEqual(['backup-system', 'eu-central-1']);
    expect(policy.scratchSpace).toEqual(Size.gibibytes(50));
  });

  test('disabled(reason): no schedule, the reason trimmed', () => {
    // GIVEN / WHEN
    const policy = BackupPolicy.disabled('  cache: rebuilt from the database on start\n');

    // THEN
    expect([policy.isDisabled, policy.disabledReason, policy.schedule, policy.encryption]).toEqual([true, 'cache: rebuilt from the database on start', undefined, undefined]);
    expect([policy.retentionDays, policy.veleroNamespace]).toEqual([0, 'velero']);
  });
});

describe('retention', () => {
  test.each([
    ['Duration.days(1)', 1, '24h0m0s', Duration.days(1)],
    ['Duration.days(7)', 7, '168h0m0s', Duration.days(7)],
    ['Duration.days(14)', 14, '336h0m0s', Duration.days(14)],
    ['Duration.hours(48)', 2, '48h0m0s', Duration.hours(48)],
    ['Duration.days(3650)', 3650, '87600h0m0s', Duration.days(3650)],
  ])('%s → %p days, Velero ttl %p', (_name, days, ttl, retention) => {
    // GIVEN / WHEN
    const policy = BackupPolicy.daily({ retention });

    // THEN
    expect([policy.retentionDays, policy.veleroTtl]).toEqual([days, ttl]);
  });

  test.each([
    ['129600s', Duration.hours(36)],
    ['90000s', Duration.hours(25)],
  ])('%s is no whole number of days', (shown, retention) => {
    expect(() => BackupPolicy.daily({ retention })).toThrow(`'backup.retention' ('${shown}') ${RETENTION_RULE}`);
  });

  test.each([
    ['43200s', Duration.hours(12)],
    ['0s', Duration.seconds(0)],
  ])('%s is less than a day', (shown, retention) => {
    expect(() => BackupPolicy.daily({ retention })).toThrow(`'backup.retention' ('${shown}') ${RETENTION_RULE}`);
  });

  test('a retention that is no whole number of seconds', () => {
    expect(() => BackupPolicy.daily({ retention: Duration.millis(86_400_500) })).toThrow("'backup.retention' ('86400500ms') must be a whole number of seconds");
  });

  test('more than 10 years', () => {
    expect(() => BackupPolicy.weekly({ retention: Duration.days(3651) })).toThrow("'backup.retention (days)' (3651) must be <= 3650");
  });
});

describe('BackupPolicy errors', () => {
  test('a startingDeadline below 10s', () => {
    expect(() => BackupPolicy.daily({ retention: Duration.days(1), startingDeadline: Duration.seconds(9) })).toThrow("'backup.startingDeadline' ('9s') must be at least 10s");
  });

  test('an activeDeadline below a minute', () => {
    expect(() => BackupPolicy.daily({ retention: Duration.days(1), activeDeadline: Duration.seconds(59) })).toThrow("'backup.activeDeadline' ('59s') must be at least 60s");
  });

  test('a deadline that is no whole number of seconds', () => {
    expect(() => BackupPolicy.daily({ retention: Duration.days(1), activeDeadline: Duration.millis(90_500) })).toThrow("'backup.activeDeadline' ('90500ms') must be a whole number of seconds");
  });

  test.each(['Velero', 'velero_ns', '-velero', 'velero.system', ''])('veleroNamespace %p', (veleroNamespace) => {
    expect(() => BackupPolicy.daily({ retention: Duration.days(1), veleroNamespace })).toThrow(`'backup.veleroNamespace' ('${veleroNamespace}') ${DNS_LABEL_RULE}`);
  });

  test('a veleroNamespace longer than 63 characters: no namespace could have that name', () => {
    const veleroNamespace = 'v'.repeat(64);
    expect(() => BackupPolicy.daily({ retention: Duration.days(1), veleroNamespace })).toThrow(`'backup.veleroNamespace' ('${veleroNamespace}') ${DNS_LABEL_RULE}`);
  });

  test('a veleroNamespace of 63 characters is accepted', () => {
    expect(BackupPolicy.daily({ retention: Duration.days(1), veleroNamespace: 'v'.repeat(63) }).veleroNamespace).toEqual('v'.repeat(63));
  });

  // storageLocation names a BackupStorageLocation object: Velero would fail every backup at run time otherwise.
  test.each(['EU Central', 'eu_central', 'backups.', ''])('a storageLocation that is no object name: %p', (storageLocation) => {
    expect(() => BackupPolicy.daily({ retention: Duration.days(1), storageLocation })).toThrow(`'backup.storageLocation' ('${storageLocation}') ${DNS_SUBDOMAIN_RULE}`);
  });

  test('a storageLocation with dots is an object name', () => {
    expect(BackupPolicy.daily({ retention: Duration.days(1), storageLocation: 'aws.eu-central-1' }).storageLocation).toEqual('aws.eu-central-1');
  });

  // scratchSpace is checked when the policy is created, and named as the option the user set (shown in Ki).
  test.each([
    ['0Ki', Size.gibibytes(0)],
    ['512Ki', Size.kibibytes(512)],
    ['1023Ki', Size.kibibytes(1023)],
    ['1536.5Ki', Size.kibibytes(1536.5)],
  ])('a scratchSpace of %s names backup.scratchSpace', (shown, scratchSpace) => {
    expect(() => BackupPolicy.daily({ retention: Duration.days(1), scratchSpace })).toThrow(`'backup.scratchSpace' ('${shown}') ${SIZE_RULE}`);
  });

  test.each([
    ['1024Ki', Size.kibibytes(1024)],
    ['Size.mebibytes(1)', Size.mebibytes(1)],
    ['Size.mebibytes(1.5)', Size.mebibytes(1.5)],
  ])('a scratchSpace of %s is accepted', (_name, scratchSpace) => {
    expect(BackupPolicy.daily({ retention: Duration.days(1), scratchSpace }).scratchSpace).toBe(scratchSpace);
  });

  test.each(['too short', '   nineteen chars   ', ''])('disabled with a reason shorter than 20 characters: %p', (reason) => {
    expect(() => BackupPolicy.disabled(reason)).toThrow(`'backup.reason' ('${reason}') must explain in at least 20 characters why this data needs no backup`);
  });

  test('a reason of exactly 20 characters is enough', () => {
    expect(BackupPolicy.disabled('x'.repeat(20)).disabledReason).toEqual('x'.repeat(20));
  });

  test.each([
    ["'schedule.dayOfMonth' (29) must be <= 28", () => BackupPolicy.monthly({ retention: Duration.days(1) }, 29)],
    ["'schedule.hour' (24) must be <= 23", () => BackupPolicy.daily({ retention: Duration.days(1) }, { hour: 24 })],
    ["'schedule.timeZone' ('Mars/Olympus') is not an IANA time zone name (e.g. 'Etc/UTC', 'Europe/Berlin')", () => BackupPolicy.daily({ retention: Duration.days(1) }, { hour: 1 }, { timeZone: 'Mars/Olympus' })],
  ])('schedule errors surface from Schedule: %s', (message, make) => {
    expect(make).toThrow(message);
  });
});

describe('checkFor', () => {
  const what = 'Postgres backups';
  const message = `'backup.encryption' (undefined) must be set for ${what} in production: BackupEncryption.age({ recipients, identity }), or BackupEncryption.none(reason) to opt out explicitly`;

  test('production requires encryption', () => {
    expect(() => BackupPolicy.daily({ retention: Duration.days(1) }).checkFor(true, what)).toThrow(message);
  });

  test.each([
    ['age in production', true, () => BackupPolicy.daily({ retention: Duration.days(1), encryption: ENCRYPTION })],
    ['none(reason) in production', true, () => BackupPolicy.daily({ retention: Duration.days(1), encryption: BackupEncryption.none('the bucket enforces SSE-KMS') })],
    ['disabled in production', true, () => BackupPolicy.disabled('cache: rebuilt from the database on start')],
    ['unencrypted elsewhere', false, () => BackupPolicy.daily({ retention: Duration.days(1) })],
  ])('%s passes', (_name, production, make) => {
    expect(() => make().checkFor(production, what)).not.toThrow();
  });
});

describe('BackupDestination', () => {
  test('volume(): a 10Gi claim on the default StorageClass', () => {
    expect(BackupDestination.volume().spec).toEqual({ kind: 'volume', size: Size.gibibytes(10), storageClass: undefined });
  });

  test('volume() with size and storageClass', () => {
    expect(BackupDestination.volume({ size: Size.tebibytes(1), storageClass: 'backup.zone-b' }).spec).toEqual({ kind: 'volume', size: Size.tebibytes(1), storageClass: 'backup.zone-b' });
  });

  test('s3(): the location, the credential keys by reference, no prefix by default', () => {
    expect(s3().spec).toEqual({
      kind: 's3',
      endpoint: 'https://s3.eu-central-1.amazonaws.com',
      bucket: 'shop-backups',
      prefix: '',
      region: undefined,
      accessKeyId: { secret: S3_KEYS, key: 'accessKeyId' },
      secretAccessKey: { secret: S3_KEYS, key: 'secretAccessKey' },
    });
  });

  test('s3() with every option; a trailing / of the endpoint is dropped', () => {
    // GIVEN
    const keys = SecretRef.existing('minio', ['user', 'pass']);

    // WHEN
    const spec = BackupDestination.s3({
      endpoint: 'http://minio.storage.example.com:9000/', bucket: 'corp.backups-1', prefix: 'prod/user-db_v2', region: 'eu-central-1',
      credentials: keys, accessKeyId: 'user', secretAccessKey: 'pass',
    }).spec;

    // THEN
    expect(spec).toEqual({
      kind: 's3',
      endpoint: 'http://minio.storage.example.com:9000',
      bucket: 'corp.backups-1',
      prefix: 'prod/user-db_v2',
      region: 'eu-central-1',
      accessKeyId: { secret: keys, key: 'user' },
      secretAccessKey: { secret: keys, key: 'pass' },
    });
  });

  // The backups volume's size is checked when the destination is created, and named as the option the user set.
  test.each([
    ['0Ki', Size.gibibytes(0)],
    ['512Ki', Size.kibibytes(512)],
    ['1023Ki', Size.kibibytes(1023)],
    ['1536.5Ki', Size.kibibytes(1536.5)],
  ])('volume() size %s', (shown, size) => {
    expect(() => BackupDestination.volume({ size })).toThrow(`'backup.destination.size' ('${shown}') ${SIZE_RULE}`);
  });

  test.each([
    ['1024Ki', Size.kibibytes(1024)],
    ['Size.mebibytes(1)', Size.mebibytes(1)],
  ])('volume() accepts the size %s', (_name, size) => {
    expect(BackupDestination.volume({ size }).spec).toEqual({ kind: 'volume', size, storageClass: undefined });
  });

  test.each(['Fast SSD', 'fast_ssd', '-fast'])('volume() storageClass %p', (storageClass) => {
    expect(() => BackupDestination.volume({ storageClass })).toThrow(`'backup.destination.storageClass' ('${storageClass}') must be the name of a StorageClass`);
  });

  test.each([
    'ftp://s3.example.com', 's3.example.com', 'https://key:secret@s3.example.com', 'https://s3.example.com/shop-backups', 'https://s3 example.com', '',
    'https://s3.example.com?versioning=1', 'https://s3.example.com/#frag', 'https://s3.example.com:99999', 'https://s3.example.com//',
    'https://s3.example.com:65536',
  ])('s3() endpoint %p', (endpoint) => {
    expect(() => s3({ endpoint })).toThrow(`'backup.destination.endpoint' ('${endpoint}') ${ENDPOINT_RULE}`);
  });

  test.each(['ab', 'Shop-Backups', 'shop_backups', '-shop', 'shop-', 'b'.repeat(64)])('s3() bucket %p', (bucket) => {
    expect(() => s3({ bucket })).toThrow(`'backup.destination.bucket' ('${bucket}') ${BUCKET_RULE}`);
  });

  test.each([
    '/prod', 'prod/', 'prod//db', 'prod db', 'prod?x', '/',
    '.', '..', 'prod/.', 'prod/..', './prod', '../prod', 'prod/./db', 'prod/../db',
  ])('s3() prefix %p', (prefix) => {
    expect(() => s3({ prefix })).toThrow(`'backup.destination.prefix' ('${prefix}') ${PREFIX_RULE}`);
  });

  // Only a whole '.' or '..' segment is a path step: dots within a segment are plain characters.
  test.each(['prod', 'prod/user-db_v2', '.hidden', 'a/b.c/d-e', '...', 'prod/..db', 'db../x', 'prod/.x'])('s3() accepts the prefix %p, as the backup scripts do', (prefix) => {
    expect(s3({ prefix }).spec).toMatchObject({ kind: 's3', prefix });
  });

  test.each(['EU West', 'eu_west', 'EU-WEST-1', '', 'r'.repeat(41)])('s3() region %p', (region) => {
    expect(() => s3({ region })).toThrow(`'backup.destination.region' ('${region}') ${REGION_RULE}`);
  });

  test.each(['eu-central-1', 'us-east-1', 'auto', 'r'.repeat(40)])('s3() accepts the region %p', (region) => {
    expect(s3({ region }).spec).toMatchObject({ kind: 's3', region });
  });

  test('s3() with a credential key the Secret does not declare (the default name)', () => {
    expect(() => s3({ credentials: SecretRef.existing('backup-s3', ['ak', 'sk']), secretAccessKey: 'sk' }))
      .toThrow("'key' ('accessKeyId') is not a declared key of Secret 'backup-s3' (declared: ak, sk)");
  });

  test('s3() with a secretAccessKey the Secret does not declare', () => {
    expect(() => s3({ secretAccessKey: 'secret' })).toThrow("'key' ('secret') is not a declared key of Secret 'backup-s3' (declared: accessKeyId, secretAccessKey)");
  });

  // s3() is the one check of a destination: the backup scripts take what it accepts as env and check it no more.
  test.each([
    ['prefix', { prefix: 'prod/db/' }, `'backup.destination.prefix' ('prod/db/') ${PREFIX_RULE}`],
    ['prefix', { prefix: 'prod//db' }, `'backup.destination.prefix' ('prod//db') ${PREFIX_RULE}`],
    ['prefix', { prefix: 'prod/../db' }, `'backup.destination.prefix' ('prod/../db') ${PREFIX_RULE}`],
    ['prefix', { prefix: '.' }, `'backup.destination.prefix' ('.') ${PREFIX_RULE}`],
    ['region', { region: 'EU West' }, `'backup.destination.region' ('EU West') ${REGION_RULE}`],
    ['endpoint', { endpoint: 'https://s3.example.com?versioning=1' }, `'backup.destination.endpoint' ('https://s3.example.com?versioning=1') ${ENDPOINT_RULE}`],
    ['endpoint', { endpoint: 'https://s3.example.com:99999' }, `'backup.destination.endpoint' ('https://s3.example.com:99999') ${ENDPOINT_RULE}`],
  ])('s3() %s that is wrong: %j', (_prop, options, message) => {
    expect(() => s3(options)).toThrow(message);
  });

  test.each(['https://s3.eu-central-1.amazonaws.com', 'http://minio.storage.example.com:9000', 'http://10.0.0.5:9000/', 'https://S3.Example.com'])('s3() accepts the endpoint %p', (endpoint) => {
    expect(s3({ endpoint }).spec).toMatchObject({ kind: 's3', endpoint: endpoint.replace(/\/$/, '') });
  });

  // Port 0 would reach the jobs' NetworkPolicy as port 0: it is the endpoint that is wrong, and it is named as such.
  test.each(['https://s3.example.com:0', 'https://s3.example.com:0/', 'http://s3.example.com:00'])('s3() endpoint with port 0: %p', (endpoint) => {
    expect(() => s3({ endpoint })).toThrow(BlueprintError);
    expect(() => s3({ endpoint })).toThrow(`'backup.destination.endpoint' ('${endpoint}') ${ENDPOINT_RULE}`);
  });

  test.each(['https://s3.example.com:1', 'https://s3.example.com:10', 'https://s3.example.com:65535'])('s3() accepts the port of %p', (endpoint) => {
    expect(s3({ endpoint }).spec).toMatchObject({ kind: 's3', endpoint });
  });
});

describe('BackupEncryption', () => {
  test('age(): the recipients and the identity by reference', () => {
    expect([ENCRYPTION.kind, ENCRYPTION.recipients, ENCRYPTION.identity, ENCRYPTION.reason]).toEqual([
      'age', { secret: AGE, key: 'recipients' }, { secret: AGE, key: 'identity' }, undefined,
    ]);
  });

  test('none(reason): the reason trimmed', () => {
    const none = BackupEncryption.none('  the bucket enforces SSE-KMS with a customer key ');
    expect([none.kind, none.recipients, none.identity, none.reason]).toEqual(['none', undefined, undefined, 'the bucket enforces SSE-KMS with a customer key']);
  });

  test.each(['KMS', '    short reason     '])('none() with a reason shorter than 20 characters: %p', (reason) => {
    expect(() => BackupEncryption.none(reason)).toThrow(`'backup.encryption.reason' ('${reason}') must explain in at least 20 characters why backups are not encrypted`);
  });

  test('age() with a key the Secret does not declare fails at keyRef', () => {
    expect(() => BackupEncryption.age({ recipients: AGE.keyRef('public'), identity: AGE.keyRef('identity') }))
      .toThrow("'key' ('public') is not a declared key of Secret 'db-backup-age' (declared: recipients, identity)");
  });
});
