/**
 * Every example's review page draws a graph that a real Mermaid renders: @mermaid-js/mermaid-cli (mmdc) runs
 * Mermaid in Debian's chromium (installed by scripts/ci/services.sh) through puppeteer and writes one SVG per
 * ```mermaid block of a Markdown file; each SVG must hold every node and every edge of its source. A broken graph
 * must fail, or the check would prove nothing. Needs a browser: left out of `npm run test:unit`.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { buildExamples } from '../../apps';
import { renderReview } from '../../lib/artifacts/review';
import { mermaidOf } from './_review-pages';

const ROOT = path.join(__dirname, '..', '..');
const MMDC = path.join(ROOT, 'node_modules', '@mermaid-js', 'mermaid-cli', 'src', 'cli.js');
const CHROMIUM = process.env.PUPPETEER_EXECUTABLE_PATH ?? '/usr/bin/chromium';

let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'review-mermaid-'));
  // As root (CI), chromium's sandbox cannot start: puppeteer's documented flags for a container.
  fs.writeFileSync(path.join(dir, 'puppeteer.json'), JSON.stringify({
    executablePath: CHROMIUM, headless: 'shell', args: ['--no-sandbox', '--disable-setuid-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  }));
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Runs mmdc on a Markdown file of graphs; returns its exit status, its output and the SVG of each block, in order. */
function render(name: string, graphs: readonly string[]): { status: number | null; output: string; svgs: string[] } {
  const input = path.join(dir, `${name}.md`);
  fs.writeFileSync(input, graphs.map((g) => `\`\`\`mermaid\n${g}\n\`\`\`\n`).join('\n'));
  const r = spawnSync(process.execPath, [MMDC, '-q', '-p', path.join(dir, 'puppeteer.json'), '-i', input, '-o', path.join(dir, `${name}.out.md`)], {
    encoding: 'utf8', env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1' }, timeout: 300_000,
  });
  const svgs = graphs.map((_, i) => path.join(dir, `${name}.out-${i + 1}.svg`)).filter((f) => fs.existsSync(f)).map((f) => fs.readFileSync(f, 'utf8'));
  return { status: r.status, output: `${r.stdout}${r.stderr}${r.error ? r.error.message : ''}`, svgs };
}

/** The node ids and the edges a flowchart's source declares (as this library writes them: one per line). */
function declared(graph: string): { nodes: string[]; labels: string[]; edges: number } {
  const lines = graph.split('\n').map((l) => l.trim());
  const nodeLines = lines.filter((l) => /^[a-z0-9_]+[[({]/.test(l) && !l.startsWith('subgraph '));
  return {
    nodes: nodeLines.map((l) => /^[a-z0-9_]+/.exec(l)![0]).sort(),
    labels: nodeLines.map((l) => /"([^"<]*)/.exec(l)![1]),
    edges: lines.filter((l) => l.includes(' -->')).length,
  };
}

test('chromium is installed (scripts/ci/services.sh)', () => {
  expect(fs.existsSync(CHROMIUM)).toBe(true);
});

test('every example\'s exposure graph renders with Mermaid, with all its nodes and edges', () => {
  // GIVEN every review page's graph
  const pages = [...buildExamples().synthesize().files].filter(([p]) => p.startsWith('review/'));
  expect(pages.length).toBeGreaterThanOrEqual(13);
  const graphs = pages.map(([, page]) => mermaidOf(page));

  // WHEN mmdc renders them, in one browser
  const result = render('examples', graphs);

  // THEN each is an SVG flowchart holding the source's nodes (by id and label) and edges
  expect({ status: result.status, svgs: result.svgs.length }).toEqual({ status: 0, svgs: graphs.length });
  graphs.forEach((graph, i) => {
    const svg = result.svgs[i];
    const want = declared(graph);
    expect(want.nodes.length).toBeGreaterThan(0);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('aria-roledescription="flowchart-v2"');
    const nodes = [...svg.matchAll(/<g class="node [^"]*" id="[^"]*?-flowchart-([a-z0-9_]+)-\d+"/g)].map((m) => m[1]).sort();
    expect({ page: pages[i][0], nodes }).toEqual({ page: pages[i][0], nodes: want.nodes });
    for (const label of want.labels) expect(svg).toContain(label.replace(/&/g, '&amp;'));
    expect([...svg.matchAll(/<path [^>]*class="[^"]*flowchart-link/g)].length).toEqual(want.edges);
  });
}, 600_000);

test('a label with #, quotes, angle brackets and & renders as written', () => {
  // GIVEN a route whose path holds every character Mermaid reads specially in a label
  const labels = (name: string) => ({ 'app.kubernetes.io/name': name });
  const o = (kind: string, apiVersion: string, spec: unknown) => ({ path: `t/web/${kind}`, blueprint: 't', json: { apiVersion, kind, metadata: { name: 'web', namespace: 'n', labels: labels('web') }, spec } });
  const page = renderReview({ blueprint: 't', objects: [
    o('Deployment', 'apps/v1', { template: { metadata: { labels: labels('web') }, spec: { containers: [{ name: 'web', image: 'w:1' }] } } }),
    o('Service', 'v1', { selector: labels('web'), ports: [{ port: 80, targetPort: 8080 }] }),
    o('HTTPRoute', 'gateway.networking.k8s.io/v1', { parentRefs: [{ name: 'gw' }], hostnames: ['a.example.com'], rules: [{ matches: [{ path: { value: '/a#b;"<x>&y' } }], backendRefs: [{ name: 'web', port: 80 }] }] }),
  ] });

  // WHEN
  const result = render('labels', [mermaidOf(page)]);

  // THEN
  expect(result.status).toBe(0);
  expect(result.svgs[0]).toContain('<p>/a#b;"&lt;x&gt;&amp;y</p>');
}, 300_000);

test('a broken graph fails: the renderer really parses what it is given', () => {
  const result = render('broken', ['flowchart LR\n  a[("unclosed"] --> b']);
  expect(result.status).not.toEqual(0);
  expect(result.output).toMatch(/Parse error/);
}, 300_000);
