/**
 * Splits ajv's standalone code (one module, every kind's validator and the definitions they share) into modules
 * that load per kind, for `npm run gen:schema`: the gate then loads and compiles only the validators of the kinds
 * an app emits, not 1.8 MB of JavaScript for every kind.
 *
 * Every top-level declaration (a `validateN` function, a `schemaN`/`patternN` constant, a `funcN` runtime require)
 * goes to the module of the set of kinds whose validators reach it: a declaration only Deployment reaches lands in
 * `kinds/apps_v1_Deployment.js`; one every workload kind reaches (the PodSpec validators) in one `kinds/_shared-*.js`
 * that they all require. A declaration only ever refers to declarations reached by at least the same kinds, so the
 * modules require each other without cycles. The index module keeps the shape the gate reads: one property per kind,
 * a getter that requires the kind's module on first use.
 *
 * Non-ASCII characters are written as `\uXXXX` escapes (they occur only in string literals: 'µs' in durations): a
 * source with one non-ASCII character is held by V8 as two bytes per character, twice the memory and scan time.
 */
import { createHash } from 'crypto';
import * as ts from 'typescript';

/** The generated files: the index module's code and the kind modules, by file name (under `kinds/`). */
export interface SplitValidators {
  readonly index: string;
  readonly modules: ReadonlyMap<string, string>;
}

interface Declaration {
  readonly name: string;
  readonly text: string;
  readonly refs: Set<string>;
}

/** `\uXXXX` for every character outside ASCII (UTF-16 code units, so astral characters become their surrogate pair). */
export function escapeNonAscii(code: string): string {
  return code.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The file name of a kind's module: `apps/v1/Deployment` → `apps_v1_Deployment.js` (group names never hold `_`). */
export const kindFile = (key: string): string => `${key.replace(/\//g, '_')}.js`;

/**
 * Splits `code` (ajv standalone output: `exports["<key>"] = validateN;` lines and top-level declarations).
 * `header` opens every file (a comment).
 */
export function splitValidators(code: string, header: string): SplitValidators {
  const source = ts.createSourceFile('validators.js', code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.JS);
  const exported = new Map<string, string>(); // key -> validator name
  const declarations = new Map<string, Declaration>();
  const order: string[] = [];
  for (const statement of source.statements) {
    if (ts.isExpressionStatement(statement)) {
      const e = statement.expression;
      if (ts.isStringLiteral(e) && e.text === 'use strict') continue;
      if (ts.isBinaryExpression(e) && ts.isElementAccessExpression(e.left) && ts.isIdentifier(e.left.expression) && e.left.expression.text === 'exports' &&
          ts.isStringLiteral(e.left.argumentExpression) && ts.isIdentifier(e.right)) {
        exported.set(e.left.argumentExpression.text, e.right.text);
        continue;
      }
    }
    const names = ts.isFunctionDeclaration(statement) && statement.name ? [statement.name.text]
      : ts.isVariableStatement(statement) ? statement.declarationList.declarations.map((d) => (d.name as ts.Identifier).text) : [];
    if (names.length !== 1) throw new Error(`gen-k8s-schema: unexpected top-level statement in ajv's standalone code: ${statement.getText().slice(0, 120)}`);
    declarations.set(names[0], { name: names[0], text: statement.getText(), refs: new Set() });
    order.push(names[0]);
  }
  // what each declaration refers to: identifiers naming another top-level declaration (ajv never shadows them)
  for (const statement of source.statements) {
    const own = ts.isFunctionDeclaration(statement) ? statement.name?.text : ts.isVariableStatement(statement) ? (statement.declarationList.declarations[0].name as ts.Identifier).text : undefined;
    if (own === undefined) continue;
    const refs = declarations.get(own)!.refs;
    const visit = (node: ts.Node): void => {
      if (ts.isIdentifier(node) && node.text !== own && declarations.has(node.text) && !(ts.isPropertyAccessExpression(node.parent) && node.parent.name === node)) refs.add(node.text);
      ts.forEachChild(node, visit);
    };
    ts.forEachChild(statement, visit);
  }

  // the kinds that reach each declaration
  const reachedBy = new Map<string, string[]>();
  for (const [key, root] of [...exported].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const stack = [root];
    const seen = new Set<string>();
    while (stack.length) {
      const name = stack.pop()!;
      if (seen.has(name)) continue;
      seen.add(name);
      reachedBy.set(name, [...(reachedBy.get(name) ?? []), key]);
      stack.push(...declarations.get(name)!.refs);
    }
  }
  // ajv declares every schema object it compiled (`schemaN`); the code refers to few of them (none without
  // `verbose`): the rest are left out. Any other declaration no kind reaches means this split misread the code.
  const unreached = order.filter((n) => !reachedBy.has(n));
  const lost = unreached.filter((n) => !/^schema\d+$/.test(n));
  if (lost.length) throw new Error(`gen-k8s-schema: declarations no kind reaches: ${lost.join(', ')}`);
  order.splice(0, order.length, ...order.filter((n) => reachedBy.has(n)));

  // one module per set of kinds; in each, the declarations in ajv's order
  const fileOf = (kinds: string[]) => (kinds.length === 1 ? kindFile(kinds[0]) : `_shared-${createHash('sha1').update(kinds.join('\n')).digest('hex').slice(0, 12)}.js`);
  const moduleOf = new Map<string, string>(order.map((n) => [n, fileOf(reachedBy.get(n)!)]));
  const members = new Map<string, string[]>();
  for (const name of order) members.set(moduleOf.get(name)!, [...(members.get(moduleOf.get(name)!) ?? []), name]);
  const neededOutside = new Set<string>([...exported.values()]);
  for (const d of declarations.values()) for (const r of d.refs) if (moduleOf.get(r) !== moduleOf.get(d.name)) neededOutside.add(r);

  const modules = new Map<string, string>();
  for (const [file, names] of [...members].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const imports = new Map<string, Set<string>>();
    for (const name of names) {
      for (const r of declarations.get(name)!.refs) {
        const from = moduleOf.get(r)!;
        if (from !== file) imports.set(from, (imports.get(from) ?? new Set()).add(r));
      }
    }
    const requires = [...imports].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([from, used]) => `const {${[...used].sort().join(', ')}} = require(${JSON.stringify(`./${from}`)});`);
    const exports = names.filter((n) => neededOutside.has(n));
    const kinds = reachedBy.get(names[0])!;
    modules.set(file, escapeNonAscii([
      header,
      `// The validators ${kinds.length === 1 ? `of ${kinds[0]} alone` : `that ${kinds.length} kinds share: ${kinds.join(', ')}`}.`,
      '"use strict";',
      ...requires,
      ...names.map((n) => declarations.get(n)!.text),
      `module.exports = {${exports.join(', ')}};`,
      '',
    ].join('\n')));
  }

  const entries = [...exported].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, name]) => `  ${JSON.stringify(key)}: [${JSON.stringify(`./kinds/${moduleOf.get(name)}`)}, ${JSON.stringify(name)}],`);
  const index = escapeNonAscii([
    header,
    '"use strict";',
    '// Each kind\'s validator, required from its module under kinds/ the first time the gate asks for it.',
    'const kinds = {',
    ...entries,
    '};',
    'const loaded = {};',
    'for (const [key, [file, name]] of Object.entries(kinds)) {',
    '  Object.defineProperty(exports, key, { enumerable: true, get: () => (loaded[key] ??= require(file)[name]) });',
    '}',
    '',
  ].join('\n'));
  return { index, modules };
}

/**
 * ajv's validators take `(data, {instancePath, parentData, parentDataProperty, rootData})` and every call of a nested
 * type's validator builds that object; none of these validators reads anything but `instancePath` (no keyword here
 * uses the parent or root data). So each takes the instance path alone, as a second argument (default '', as the
 * gate calls a kind's validator): one object fewer per call of a nested type's validator (tens of thousands at 1,000
 * WebServices, most of them before V8 optimizes the validators), the same errors with the same paths. Throws if ajv's code
 * has another shape, or still refers to the parent or root data, rather than emit validators that could differ.
 */
export function positionalPaths(code: string): string {
  const signature = /\(data, \{instancePath="", parentData, parentDataProperty, rootData=data\}=\{\}\)\{/g;
  const call = /, \{instancePath:([^{}]*?),parentData:[^{},]*,parentDataProperty:[^{},]*,rootData\}\)/g;
  const out = code.replace(signature, '(data, instancePath=""){').replace(call, (_m, path: string) => `, ${path})`);
  const left = /\b(parentData|parentDataProperty|rootData)\b/.exec(out);
  if (left) throw new Error(`gen-k8s-schema: ajv's standalone code still refers to '${left[1]}' after positionalPaths: ${out.slice(Math.max(0, left.index - 80), left.index + 80)}`);
  return out;
}
