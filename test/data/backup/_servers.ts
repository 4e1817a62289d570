/**
 * Throwaway servers for the backup round-trip tests: a PostgreSQL 15 cluster (initdb into a
 * temp dir, loopback, free port, scram password auth), redis-server instances (loopback, temp
 * dir, password), a minimal in-process S3-compatible HTTP server for rclone, and a runner for
 * the generated sh scripts. Everything lives under one temp dir and is removed by stop().
 *
 * Run as root (as the tests are), the servers run as the UID/GID their StatefulSet runs them as
 * (`runAs`, 10001), with their data owned by it, and directories that stand for volumes are made
 * the way the kubelet makes a volume for a pod's fsGroup (`volumeDir`).
 *
 * Binaries come from Debian's packages: `bash scripts/ci/services.sh` installs them.
 */
import { ChildProcess, spawn } from 'child_process';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as http from 'http';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';

export const PG_BIN = '/usr/lib/postgresql/15/bin';
/** PATH for the scripts: the backup image has the PostgreSQL 15 client first on PATH. */
export const SCRIPT_PATH = `${PG_BIN}:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin`;

const REQUIRED: string[] = [
  ...['initdb', 'pg_ctl', 'postgres', 'pg_dump', 'pg_restore', 'psql', 'createdb', 'dropdb'].map((b) => `${PG_BIN}/${b}`),
  'redis-server',
  'redis-cli',
  'redis-check-rdb',
  'age',
  'age-keygen',
  'rclone',
  'sqlite3',
  'shellcheck',
  'runuser',
];

function which(cmd: string): string | undefined {
  if (cmd.includes('/')) return fs.existsSync(cmd) ? cmd : undefined;
  for (const dir of SCRIPT_PATH.split(':')) {
    const p = path.join(dir, cmd);
    try {
      fs.accessSync(p, fs.constants.X_OK);
      return p;
    } catch {
      // not in this dir
    }
  }
  return undefined;
}

/** Throws a clear error naming the install script when a needed binary is missing. */
export function requireTools(): void {
  const missing = REQUIRED.filter((c) => which(c) === undefined);
  if (missing.length > 0) {
    throw new Error(
      `backup round-trip tests need binaries that are missing: ${missing.join(', ')}.\n` +
        'Install them (Debian: postgresql-15, redis-server, redis-tools, age, rclone, sqlite3, shellcheck) with:\n' +
        '    bash scripts/ci/services.sh',
    );
  }
}

/** The numeric user and group a process runs as (a pod's runAsUser and runAsGroup). */
export interface RunAs {
  readonly uid: number;
  readonly gid: number;
}

/** Whether this process may run others as another user (it is root); otherwise everything runs as itself. */
export const CAN_SWITCH_USER = process.getuid?.() === 0;

/**
 * A directory that stands for a volume of a pod with `fsGroup`: owned root:fsGroup, mode 2775 (group-writable, and
 * new files take the group), as the kubelet leaves a volume for an fsGroup. Made (with its parents) if missing.
 */
export function volumeDir(dir: string, fsGroup: number): string {
  fs.mkdirSync(dir, { recursive: true });
  if (CAN_SWITCH_USER) fs.chownSync(dir, 0, fsGroup);
  fs.chmodSync(dir, 0o2775);
  return dir;
}

/** A file as a Secret volume holds it for a pod with `fsGroup`: owned root:fsGroup with `mode` (the volume's defaultMode). */
export function secretFile(file: string, fsGroup: number, mode: number): void {
  if (CAN_SWITCH_USER) fs.chownSync(file, 0, fsGroup);
  fs.chmodSync(file, mode);
}

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  readonly env?: NodeJS.ProcessEnv;
  readonly input?: string;
  readonly cwd?: string;
  /** Run as this user and group (no supplementary groups), when this process may switch users. @default - as this process */
  readonly runAs?: RunAs;
}

/** Runs a command asynchronously (the in-process S3 server must keep serving meanwhile). */
export function run(cmd: string, args: string[], opts: RunOptions = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const as = opts.runAs && CAN_SWITCH_USER ? { uid: opts.runAs.uid, gid: opts.runAs.gid } : {};
    const child = spawn(cmd, args, { env: opts.env ?? process.env, cwd: opts.cwd, stdio: ['pipe', 'pipe', 'pipe'], ...as });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
    child.stdin.on('error', () => undefined); // a child that exits without reading stdin: EPIPE is fine
    child.stdin.end(opts.input ?? '');
  });
}

async function runOk(cmd: string, args: string[], opts: RunOptions = {}): Promise<string> {
  const r = await run(cmd, args, opts);
  if (r.code !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.code}:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

/** A free TCP port on 127.0.0.1 (bound then released). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

/** A temp dir that stop() removes; others may enter it (mode 0755), so that processes of another user reach what is inside. */
export function tempDir(label: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `cdk8s-backup-${label}-`));
  fs.chmodSync(dir, 0o755);
  return dir;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

// ---------------------------------------------------------------------------------------------
// PostgreSQL
// ---------------------------------------------------------------------------------------------

export interface PgServer {
  readonly host: string;
  readonly port: number;
  readonly user: string;
  readonly password: string;
  /** libpq env for a client (scripts get exactly this plus their own settings). */
  env(database: string): Record<string, string>;
  /** Runs SQL with psql -XAtq in `database`, returns stdout; throws on error. */
  psql(database: string, sql: string): Promise<string>;
  /** The user the server process runs as, and the owner of its data directory. */
  serverUser(): { process: RunAs; data: RunAs };
  stop(): Promise<void>;
}

/** The real user and group of a process, from /proc. */
export function processUser(pid: number): RunAs {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const field = (k: string): number => Number(new RegExp(`^${k}:\\s*(\\d+)`, 'm').exec(status)?.[1]);
  return { uid: field('Uid'), gid: field('Gid') };
}

function postgresOsUser(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined; // not root: run initdb as ourselves
  const line = fs
    .readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((l) => l.startsWith('postgres:'));
  if (!line) throw new Error('running as root but there is no "postgres" OS user (initdb refuses root): run bash scripts/ci/services.sh');
  const [, , uid, gid] = line.split(':');
  return { uid: Number(uid), gid: Number(gid) };
}

function chownR(p: string, uid: number, gid: number): void {
  fs.chownSync(p, uid, gid);
  if (fs.statSync(p).isDirectory()) for (const e of fs.readdirSync(p)) chownR(path.join(p, e), uid, gid);
}

/**
 * initdb + pg_ctl start on a free loopback port, password (scram) auth for everything; the server runs as `runAs`
 * (the StatefulSet's user) and owns its data. initdb insists that its user has an /etc/passwd entry, which 10001
 * has not here: it runs as the `postgres` OS user, and the cluster is then handed to `runAs` before the server
 * starts. (The postgres image does the same for an unknown UID with nss_wrapper, which
 * test/containers/stateful-services.test.ts runs.)
 */
export async function startPostgres(runAs: RunAs): Promise<PgServer> {
  requireTools();
  const root = tempDir('pg');
  const data = path.join(root, 'data');
  const password = `pw-${process.pid}-${Date.now()}`;
  const user = 'postgres';
  fs.writeFileSync(path.join(root, 'pwfile'), `${password}\n`, { mode: 0o600 });
  const osUser = postgresOsUser();
  if (osUser) {
    fs.chmodSync(root, 0o700);
    chownR(root, osUser.uid, osUser.gid);
  }
  const initdb = ['-D', data, '-U', user, '--auth=scram-sha-256', `--pwfile=${path.join(root, 'pwfile')}`, '-E', 'UTF8', '--locale=C', '--no-sync'];
  await (osUser ? runOk('runuser', ['-u', 'postgres', '--', `${PG_BIN}/initdb`, ...initdb]) : runOk(`${PG_BIN}/initdb`, initdb));
  if (CAN_SWITCH_USER) chownR(root, runAs.uid, runAs.gid);
  const asServer = { runAs };
  const port = await freePort();
  const opts = `-p ${port} -k ${root} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
  await runOk(`${PG_BIN}/pg_ctl`, ['-D', data, '-l', path.join(root, 'server.log'), '-w', '-t', '60', '-o', opts, 'start'], asServer);

  const server: PgServer = {
    host: '127.0.0.1',
    port,
    user,
    password,
    env: (database) => ({ PGHOST: '127.0.0.1', PGPORT: String(port), PGUSER: user, PGPASSWORD: password, PGDATABASE: database }),
    psql: (database, sql) =>
      runOk(`${PG_BIN}/psql`, ['-X', '-A', '-t', '-q', '-v', 'ON_ERROR_STOP=1', '-c', sql], {
        env: { PATH: SCRIPT_PATH, HOME: root, ...server.env(database) },
      }),
    /** The server's process, its user and the owner of its data directory, for the tests to check. */
    serverUser: () => {
      const pid = Number(fs.readFileSync(path.join(data, 'postmaster.pid'), 'utf8').split('\n')[0]);
      return { process: processUser(pid), data: { uid: fs.statSync(data).uid, gid: fs.statSync(data).gid } };
    },
    stop: async () => {
      try {
        await runOk(`${PG_BIN}/pg_ctl`, ['-D', data, '-m', 'immediate', '-w', 'stop'], asServer);
      } finally {
        fs.rmSync(root, { recursive: true, force: true });
      }
    },
  };
  return server;
}

// ---------------------------------------------------------------------------------------------
// Redis
// ---------------------------------------------------------------------------------------------

export type RespValue = string | number | null | RespValue[] | { error: string };

/** Sends one command (RESP2) and returns the reply. Bulk strings are decoded as UTF-8. */
export function redisCommand(port: number, password: string | undefined, ...args: string[]): Promise<RespValue> {
  const cmds = password ? [['AUTH', password], args] : [args];
  return new Promise((resolve, reject) => {
    const sock = net.connect(port, '127.0.0.1');
    let buf = Buffer.alloc(0);
    const replies: RespValue[] = [];
    sock.on('error', reject);
    sock.on('connect', () => {
      for (const c of cmds) {
        sock.write(`*${c.length}\r\n`);
        for (const a of c) sock.write(`$${Buffer.byteLength(a)}\r\n${a}\r\n`);
      }
    });
    sock.on('data', (d: Buffer) => {
      buf = Buffer.concat([buf, d]);
      for (;;) {
        const parsed = parseResp(buf, 0);
        if (!parsed) return;
        replies.push(parsed.value);
        buf = buf.subarray(parsed.next);
        if (replies.length === cmds.length) {
          sock.end();
          const auth = password ? replies[0] : 'OK';
          if (typeof auth === 'object' && auth !== null && 'error' in auth) reject(new Error(`AUTH: ${auth.error}`));
          else resolve(replies[replies.length - 1] ?? null);
          return;
        }
      }
    });
  });
}

function parseResp(b: Buffer, i: number): { value: RespValue; next: number } | undefined {
  const eol = b.indexOf('\r\n', i);
  if (eol < 0) return undefined;
  const type = String.fromCharCode(b[i] ?? 0);
  const line = b.toString('utf8', i + 1, eol);
  switch (type) {
    case '+':
      return { value: line, next: eol + 2 };
    case '-':
      return { value: { error: line }, next: eol + 2 };
    case ':':
      return { value: Number(line), next: eol + 2 };
    case '$': {
      const n = Number(line);
      if (n < 0) return { value: null, next: eol + 2 };
      if (b.length < eol + 2 + n + 2) return undefined;
      return { value: b.toString('utf8', eol + 2, eol + 2 + n), next: eol + 2 + n + 2 };
    }
    case '*': {
      const n = Number(line);
      if (n < 0) return { value: null, next: eol + 2 };
      const items: RespValue[] = [];
      let next = eol + 2;
      for (let k = 0; k < n; k++) {
        const item = parseResp(b, next);
        if (!item) return undefined;
        items.push(item.value);
        next = item.next;
      }
      return { value: items, next };
    }
    default:
      throw new Error(`bad RESP type ${JSON.stringify(type)}`);
  }
}

export interface RedisServer {
  readonly port: number;
  readonly password: string;
  /** Redis `dir` (holds dump.rdb / appendonlydir). */
  readonly dir: string;
  command(...args: string[]): Promise<RespValue>;
  /** Every key with its type, value and whether it has a TTL, sorted by key. */
  snapshot(): Promise<Record<string, { type: string; value: unknown; ttl: boolean }>>;
  /** The user the server process runs as. */
  serverUser(): RunAs;
  /** Stops the server (SIGTERM; with `save ''` nothing is written on shutdown). */
  stop(): Promise<void>;
}

/**
 * redis-server on a free loopback port with a password, running as `runAs` (the StatefulSet's user); `dir` defaults
 * to a fresh temp dir owned by that user (a given `dir` must be writable by it, e.g. a `volumeDir`).
 */
export async function startRedis(opts: { password: string; runAs: RunAs; dir?: string; appendOnly?: boolean }): Promise<RedisServer> {
  requireTools();
  const dir = opts.dir ?? tempDir('redis');
  const ownsDir = opts.dir === undefined;
  if (ownsDir && CAN_SWITCH_USER) fs.chownSync(dir, opts.runAs.uid, opts.runAs.gid);
  const port = await freePort();
  const child: ChildProcess = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--requirepass', opts.password, '--save', '', '--appendonly', opts.appendOnly ? 'yes' : 'no',
      // Redis defaults to waiting 5 s for more replicas before a diskless SYNC (what redis-cli --rdb
      // uses); the scripts behave the same without the wait, the tests just run faster.
      '--repl-diskless-sync-delay', '0',
      '--logfile', path.join(dir, '..', `${path.basename(dir)}-redis.log`), '--daemonize', 'no'],
    { stdio: 'ignore', env: { PATH: SCRIPT_PATH }, ...(CAN_SWITCH_USER ? { uid: opts.runAs.uid, gid: opts.runAs.gid } : {}) },
  );
  let exited = false;
  const exitPromise = new Promise<void>((resolve) => child.on('exit', () => ((exited = true), resolve())));
  const command = (...args: string[]): Promise<RespValue> => redisCommand(port, opts.password, ...args);
  for (let i = 0; ; i++) {
    if (exited) throw new Error(`redis-server exited at start (dir ${dir}); see ${dir}-redis.log`);
    try {
      const pong = await command('PING');
      if (pong === 'PONG') break;
    } catch {
      // not up yet
    }
    if (i > 100) throw new Error('redis-server did not answer PING within 10 s');
    await sleep(100);
  }
  return {
    port,
    password: opts.password,
    dir,
    command,
    serverUser: () => processUser(child.pid!),
    snapshot: async () => {
      const keys = ((await command('KEYS', '*')) as string[]).slice().sort();
      const out: Record<string, { type: string; value: unknown; ttl: boolean }> = {};
      for (const k of keys) {
        const type = (await command('TYPE', k)) as string;
        let value: unknown;
        if (type === 'string') value = await command('GET', k);
        else if (type === 'hash') value = await command('HGETALL', k);
        else if (type === 'list') value = await command('LRANGE', k, '0', '-1');
        else if (type === 'set') value = ((await command('SMEMBERS', k)) as string[]).slice().sort();
        else if (type === 'zset') value = await command('ZRANGE', k, '0', '-1', 'WITHSCORES');
        else value = `(unsupported type ${type})`;
        const ttl = (await command('PTTL', k)) as number;
        out[k] = { type, value, ttl: ttl >= 0 };
      }
      return out;
    },
    stop: async () => {
      if (!exited) {
        child.kill('SIGTERM');
        await exitPromise;
      }
      if (ownsDir) fs.rmSync(dir, { recursive: true, force: true });
      fs.rmSync(path.join(dir, '..', `${path.basename(dir)}-redis.log`), { force: true });
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Minimal S3-compatible server (path-style) for rclone, in process
// ---------------------------------------------------------------------------------------------

export interface FakeS3 {
  readonly endpoint: string;
  /** bucket -> key -> body */
  readonly buckets: Map<string, Map<string, Buffer>>;
  /** One line per request: `METHOD /path?query` */
  readonly requests: string[];
  /** Requests refused because they carried no AWS SigV4 credential for the expected access key. */
  readonly unauthorized: string[];
  keys(bucket: string): string[];
  stop(): Promise<void>;
}

/**
 * Just enough of the S3 REST API for `rclone lsf / copyto / deletefile` with provider=Other,
 * path-style: ListObjects (v1 and v2, prefix + delimiter), PutObject, GetObject (with Range),
 * HeadObject, DeleteObject, HeadBucket. Signatures are not verified, but every request must be
 * signed with SigV4 for `accessKeyId` (header or presigned query), else 403 — which proves the
 * script's credentials flowed from env into rclone.
 */
export async function startFakeS3(opts: { accessKeyId: string; buckets: string[] }): Promise<FakeS3> {
  const buckets = new Map<string, Map<string, Buffer>>(opts.buckets.map((b) => [b, new Map()]));
  const meta = new Map<string, { etag: string; mtime: Date; headers: Record<string, string> }>();
  const requests: string[] = [];
  const unauthorized: string[] = [];
  const xmlEscape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const url = new URL(req.url ?? '/', 'http://s3.local');
      requests.push(`${req.method} ${url.pathname}${url.search}`);
      const cred = String(req.headers.authorization ?? '') + ' ' + (url.searchParams.get('X-Amz-Credential') ?? '');
      if (!cred.includes(`Credential=${opts.accessKeyId}/`) && !cred.includes(` ${opts.accessKeyId}/`)) {
        unauthorized.push(`${req.method} ${url.pathname}`);
        res.writeHead(403, { 'content-type': 'application/xml' }).end('<Error><Code>AccessDenied</Code><Message>no credential</Message></Error>');
        return;
      }
      const [bucketName = '', ...rest] = url.pathname.slice(1).split('/');
      const bucket = buckets.get(decodeURIComponent(bucketName));
      const key = rest.map(decodeURIComponent).join('/');
      const notFound = (code: string): void => {
        res.writeHead(404, { 'content-type': 'application/xml' });
        res.end(req.method === 'HEAD' ? undefined : `<Error><Code>${code}</Code></Error>`);
      };
      if (!bucket) return notFound('NoSuchBucket');
      const mkey = `${bucketName}/${key}`;

      if (key === '') {
        if (req.method === 'HEAD' || req.method === 'PUT') return void res.writeHead(200).end();
        if (req.method !== 'GET') return void res.writeHead(405).end();
        // ListObjects v1 / v2
        const prefix = url.searchParams.get('prefix') ?? '';
        const delimiter = url.searchParams.get('delimiter') ?? '';
        const urlEnc = url.searchParams.get('encoding-type') === 'url';
        const enc = (k: string): string => xmlEscape(urlEnc ? encodeURIComponent(k).replace(/%2F/g, '/') : k);
        const contents: string[] = [];
        const common = new Set<string>();
        for (const k of [...bucket.keys()].sort()) {
          if (!k.startsWith(prefix)) continue;
          const after = k.slice(prefix.length);
          const d = delimiter ? after.indexOf(delimiter) : -1;
          if (d >= 0) {
            common.add(prefix + after.slice(0, d + delimiter.length));
            continue;
          }
          const m = meta.get(`${bucketName}/${k}`);
          contents.push(
            `<Contents><Key>${enc(k)}</Key><LastModified>${(m?.mtime ?? new Date()).toISOString()}</LastModified>` +
              `<ETag>&quot;${m?.etag ?? ''}&quot;</ETag><Size>${bucket.get(k)?.length ?? 0}</Size><StorageClass>STANDARD</StorageClass></Contents>`,
          );
        }
        const v2 = url.searchParams.get('list-type') === '2';
        const xml =
          '<?xml version="1.0" encoding="UTF-8"?><ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">' +
          `<Name>${xmlEscape(bucketName)}</Name><Prefix>${enc(prefix)}</Prefix>` +
          (v2 ? `<KeyCount>${contents.length + common.size}</KeyCount>` : '<Marker></Marker>') +
          `<MaxKeys>1000</MaxKeys>${delimiter ? `<Delimiter>${enc(delimiter)}</Delimiter>` : ''}` +
          `${urlEnc ? '<EncodingType>url</EncodingType>' : ''}<IsTruncated>false</IsTruncated>` +
          contents.join('') +
          [...common].map((p) => `<CommonPrefixes><Prefix>${enc(p)}</Prefix></CommonPrefixes>`).join('') +
          '</ListBucketResult>';
        res.writeHead(200, { 'content-type': 'application/xml' }).end(xml);
        return;
      }

      switch (req.method) {
        case 'PUT': {
          const etag = createHash('md5').update(body).digest('hex');
          const headers: Record<string, string> = {};
          for (const [h, v] of Object.entries(req.headers)) if (h.startsWith('x-amz-meta-') && typeof v === 'string') headers[h] = v;
          bucket.set(key, body);
          meta.set(mkey, { etag, mtime: new Date(), headers });
          res.writeHead(200, { etag: `"${etag}"` }).end();
          return;
        }
        case 'GET':
        case 'HEAD': {
          const obj = bucket.get(key);
          const m = meta.get(mkey);
          if (!obj || !m) return notFound('NoSuchKey');
          const headers: Record<string, string> = {
            etag: `"${m.etag}"`,
            'last-modified': m.mtime.toUTCString(),
            'content-type': 'application/octet-stream',
            'accept-ranges': 'bytes',
            ...m.headers,
          };
          const range = /^bytes=(\d+)-(\d*)$/.exec(String(req.headers.range ?? ''));
          if (range && req.method === 'GET') {
            const start = Number(range[1]);
            const end = range[2] ? Math.min(Number(range[2]), obj.length - 1) : obj.length - 1;
            const part = obj.subarray(start, end + 1);
            res.writeHead(206, { ...headers, 'content-length': String(part.length), 'content-range': `bytes ${start}-${end}/${obj.length}` }).end(part);
            return;
          }
          res.writeHead(200, { ...headers, 'content-length': String(obj.length) });
          res.end(req.method === 'GET' ? obj : undefined);
          return;
        }
        case 'DELETE':
          bucket.delete(key);
          meta.delete(mkey);
          res.writeHead(204).end();
          return;
        default:
          res.writeHead(405).end();
      }
    });
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    endpoint: `http://127.0.0.1:${port}`,
    buckets,
    requests,
    unauthorized,
    keys: (b) => [...(buckets.get(b)?.keys() ?? [])].sort(),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

// ---------------------------------------------------------------------------------------------
// Running generated scripts
// ---------------------------------------------------------------------------------------------

/**
 * Writes `script` to a file and runs it with `sh` (dash) under a clean environment: only PATH,
 * HOME, TMPDIR and the given variables — like a container whose env is set by the manifest.
 */
export async function runScript(script: string, env: Record<string, string>, workDir: string): Promise<RunResult> {
  const file = path.join(workDir, `script-${process.hrtime.bigint()}.sh`);
  fs.writeFileSync(file, script);
  const tmp = path.join(workDir, 'tmp');
  fs.mkdirSync(tmp, { recursive: true });
  try {
    return await run('sh', [file], { env: { PATH: SCRIPT_PATH, HOME: workDir, TMPDIR: tmp, ...env }, cwd: workDir });
  } finally {
    fs.rmSync(file, { force: true });
  }
}
