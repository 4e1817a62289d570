/**
 * `npm run gen:props`: reads, with the TypeScript compiler, every props and options interface of lib/ and writes
 * `lib/values/_prop-specs.generated.ts`, the table `lib/values/_prop-check.ts` checks option objects against at run time (for
 * JavaScript users and `tsx`, which never type-check). `test/values/prop-specs.test.ts` fails when the file is stale.
 *
 * What goes in the table:
 * - PROP_SPECS: every exported interface (or object type alias) of lib/ named *Props or *Options, every object type
 *   reachable from their props, and the object types of the parameters of exported classes' public constructors,
 *   static factories and public methods; name → props (inherited ones resolved by the checker), each with
 *   `optional` and a type descriptor (see `TypeDesc` in lib/values/_prop-check.ts), and `aliases` from an `@alias` tag.
 * - CONSTRUCTOR_PROPS: exported class → the props interface its public constructor takes.
 * - METHOD_OPTIONS: `Class.method` → its options parameters (index, name, spec), for static factories and public
 *   methods, with the file that declares the class.
 * - CLASS_FACTORIES: class → its static factories, for classes without a public constructor (error messages name
 *   them: "must be a ScalingPolicy (ScalingPolicy.fixed(replicas) or ScalingPolicy.autoscale({...}))").
 *
 * Everything is sorted by name (factories stay in declaration order), so the output depends only on the sources.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

const ROOT = path.join(__dirname, '..');
/** The generated file. */
export const OUTPUT = path.join(ROOT, 'lib', 'values', '_prop-specs.generated.ts');

type Desc = string | { readonly [key: string]: unknown };
interface PropOut { optional: boolean; type: Desc; aliases?: string[] }
interface SpecOut { props: Record<string, PropOut>; index?: Desc }
interface ParamOut { index: number; name: string; spec: string; array?: true }

/** The lib/ sources the table is read from: tsconfig.json's files under lib/, without templates and generated files. */
function libSources(): { files: string[]; options: ts.CompilerOptions } {
  const configPath = path.join(ROOT, 'tsconfig.json');
  const parsed = ts.getParsedCommandLineOfConfigFile(configPath, {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    },
  });
  if (!parsed) throw new Error(`cannot read ${configPath}`);
  const files = parsed.fileNames.filter((f) => {
    const rel = relative(f);
    return rel.startsWith('lib/') && !rel.startsWith('lib/cli/templates/') && !rel.endsWith('.generated.ts') && !rel.endsWith('.d.ts');
  }).sort();
  return { files, options: { ...parsed.options, noEmit: true } };
}

function relative(file: string): string {
  return path.relative(ROOT, file).split(path.sep).join('/');
}

function isExported(node: ts.Node): boolean {
  return (ts.getCombinedModifierFlags(node as ts.Declaration) & ts.ModifierFlags.Export) !== 0;
}

function isPublic(node: ts.Node): boolean {
  const flags = ts.getCombinedModifierFlags(node as ts.Declaration);
  if (flags & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected)) return false;
  const name = (node as ts.NamedDeclaration).name;
  return !(name && (ts.isPrivateIdentifier(name) || name.getText().startsWith('_')));
}

/** The file text of `lib/values/_prop-specs.generated.ts`, generated from the sources as they are now. */
export function generatePropSpecs(): string {
  const { files, options } = libSources();
  const program = ts.createProgram(files, options);
  const checker = program.getTypeChecker();
  const roots = new Set(files.map((f) => path.resolve(f)));
  const sources = program.getSourceFiles().filter((sf) => roots.has(path.resolve(sf.fileName)));

  const specs = new Map<string, SpecOut>();
  const specTypes = new Map<string, ts.Type>();
  const queue: Array<{ name: string; type: ts.Type }> = [];
  const instanceClasses = new Map<string, ts.Symbol>();

  const nameOf = (type: ts.Type): string => checker.typeToString(type, undefined, ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.UseFullyQualifiedType)
    .replace(/import\("[^"]*"\)\./g, '');

  /** Queues an object type for PROP_SPECS under `name`; two different types may not share a name. */
  const enqueue = (name: string, type: ts.Type): string => {
    const known = specTypes.get(name);
    if (known === undefined) {
      specTypes.set(name, type);
      queue.push({ name, type });
    } else if (known !== type) {
      throw new Error(`two different object types are both named '${name}': rename one (the run-time checks name types by name)`);
    }
    return name;
  };

  const declaredInLib = (symbol: ts.Symbol | undefined): boolean =>
    !!symbol?.declarations?.some((d) => roots.has(path.resolve(d.getSourceFile().fileName)));

  const isBehavioural = (type: ts.Type): boolean => {
    const symbol = type.getSymbol();
    if (!symbol || !(symbol.flags & ts.SymbolFlags.Interface)) return false;
    if (/^I[A-Z]/.test(symbol.name)) return true;
    if (type.getCallSignatures().length > 0 || type.getConstructSignatures().length > 0) return true;
    return checker.getPropertiesOfType(type).some((p) => p.declarations?.some((d) => ts.isMethodSignature(d) || ts.isMethodDeclaration(d)));
  };

  /** Flattens a declared type node into its union leaves, following type aliases, with the alias each came from. */
  const leaves = (node: ts.TypeNode | undefined, alias?: string, depth = 0): Array<{ type: ts.Type; alias?: string }> => {
    if (!node || depth > 8) return [];
    if (ts.isParenthesizedTypeNode(node)) return leaves(node.type, alias, depth + 1);
    if (ts.isUnionTypeNode(node)) return node.types.flatMap((t) => leaves(t, alias, depth + 1));
    if (ts.isTypeReferenceNode(node) && !node.typeArguments) {
      const symbol = checker.getSymbolAtLocation(node.typeName);
      const target = symbol && symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      const decl = target?.declarations?.find(ts.isTypeAliasDeclaration);
      if (decl && ts.isUnionTypeNode(decl.type)) return leaves(decl.type, decl.name.text, depth + 1);
    }
    return [{ type: checker.getTypeFromTypeNode(node), alias }];
  };

  const sameType = (a: ts.Type, b: ts.Type): boolean => {
    if (a === b) return true;
    if (a.isLiteral() && b.isLiteral()) return a.value === b.value;
    if (a.flags & ts.TypeFlags.BooleanLiteral && b.flags & ts.TypeFlags.BooleanLiteral) return nameOf(a) === nameOf(b);
    return false;
  };

  /** A union's members in the order the declaration wrote them (the checker's order is by type id). */
  const ordered = (members: ts.Type[], node: ts.TypeNode | undefined): Array<{ type: ts.Type; alias?: string }> => {
    const found = leaves(node);
    const position = (m: ts.Type): number => {
      const i = found.findIndex((l) => sameType(l.type, m) || (l.type.isUnion() && l.type.types.some((t) => sameType(t, m))));
      return i < 0 ? found.length : i;
    };
    return members
      .map((type, i) => ({ type, i, at: position(type) }))
      .sort((a, b) => a.at - b.at || a.i - b.i)
      .map(({ type, at }) => ({ type, alias: found[at]?.alias }));
  };

  const objectDesc = (type: ts.Type, context: string): { props: Record<string, PropOut>; index?: Desc } => {
    const props: Record<string, PropOut> = {};
    for (const prop of [...checker.getPropertiesOfType(type)].sort((a, b) => compare(a.name, b.name))) {
      props[prop.name] = propOut(prop, `${context}.${prop.name}`);
    }
    const index = checker.getIndexInfosOfType(type).find((i) => i.keyType.flags & ts.TypeFlags.String);
    return { props, ...(index ? { index: describe(index.type, index.declaration?.type, `${context}[key]`) } : {}) };
  };

  const propOut = (prop: ts.Symbol, context: string): PropOut => {
    const decl = prop.valueDeclaration ?? prop.declarations?.[0];
    const node = decl && (ts.isPropertySignature(decl) || ts.isPropertyDeclaration(decl) || ts.isParameter(decl)) ? decl.type : undefined;
    const aliases = (prop.declarations ?? []).flatMap((d) => ts.getJSDocTags(d))
      .filter((t) => t.tagName.text === 'alias')
      .flatMap((t) => (ts.getTextOfJSDocComment(t.comment) ?? '').split(/[\s,]+/).filter((a) => a !== ''));
    const out: PropOut = { optional: (prop.flags & ts.SymbolFlags.Optional) !== 0, type: describe(checker.getTypeOfSymbol(prop), node, context) };
    if (aliases.length > 0) out.aliases = [...new Set(aliases)].sort(compare);
    return out;
  };

  /** The type descriptor of `type` (`node` is its declared type node, for union order; `context` names inline objects). */
  const describe = (type: ts.Type, node: ts.TypeNode | undefined, context: string, alias?: string): Desc => {
    const f = type.flags;
    if (f & (ts.TypeFlags.Any | ts.TypeFlags.Unknown | ts.TypeFlags.TypeParameter | ts.TypeFlags.Void | ts.TypeFlags.Never)) return 'unknown';
    if (f & ts.TypeFlags.NonPrimitive) return 'object';
    if (f & ts.TypeFlags.String || f & ts.TypeFlags.TemplateLiteral || f & ts.TypeFlags.StringMapping) return 'string';
    if (f & ts.TypeFlags.Number) return 'number';
    if (f & ts.TypeFlags.Boolean) return 'boolean';
    if (f & ts.TypeFlags.BigInt) return 'bigint';
    if (f & ts.TypeFlags.ESSymbolLike) return 'symbol';
    if (f & ts.TypeFlags.Null) return { lit: [null] };
    if (type.isStringLiteral() || type.isNumberLiteral()) return { lit: [type.value] };
    if (f & ts.TypeFlags.BooleanLiteral) return { lit: [nameOf(type) === 'true'] };
    if (type.isUnion()) return describeUnion(type, node, context);
    if (type.isIntersection()) {
      if (type.types.every((t) => t.flags & ts.TypeFlags.Object)) return { obj: objectDesc(type, context).props, name: alias ?? context, ...indexOf(type, context) };
      return 'unknown';
    }
    if (!(f & ts.TypeFlags.Object)) return 'unknown';
    if (checker.isArrayType(type)) return { array: describe(checker.getTypeArguments(type as ts.TypeReference)[0], elementNode(node), `${context}[]`) };
    if (checker.isTupleType(type)) {
      const elements = checker.getTypeArguments(type as ts.TypeReference);
      return { array: elements.length === 1 ? describe(elements[0], undefined, `${context}[]`) : describeUnion(undefined, undefined, `${context}[]`, elements) };
    }
    const symbol = type.getSymbol();
    if (symbol && symbol.flags & ts.SymbolFlags.Class) {
      instanceClasses.set(symbol.name, symbol);
      return { instance: symbol.name };
    }
    if (type.getCallSignatures().length > 0 || type.getConstructSignatures().length > 0) return 'function';
    if (isBehavioural(type)) return { object: symbol!.name };
    const props = checker.getPropertiesOfType(type);
    if (props.length === 0) {
      const index = checker.getIndexInfosOfType(type).find((i) => i.keyType.flags & ts.TypeFlags.String);
      return index ? { record: describe(index.type, index.declaration?.type, `${context}[key]`) } : 'object';
    }
    if (symbol && symbol.flags & ts.SymbolFlags.Interface) return { ref: enqueue(nameOf(type), type) };
    if (type.aliasSymbol && declaredInLib(type.aliasSymbol)) return { ref: enqueue(nameOf(type), type) };
    return { obj: objectDesc(type, alias ?? context).props, name: alias ?? context, ...indexOf(type, alias ?? context) };
  };

  const indexOf = (type: ts.Type, context: string): { index?: Desc } => {
    const { index } = objectDesc(type, context);
    return index === undefined ? {} : { index };
  };

  const elementNode = (node: ts.TypeNode | undefined): ts.TypeNode | undefined => {
    if (!node) return undefined;
    if (ts.isTypeOperatorNode(node)) return elementNode(node.type);
    if (ts.isArrayTypeNode(node)) return node.elementType;
    if (ts.isTypeReferenceNode(node) && node.typeArguments?.length === 1) return node.typeArguments[0];
    return undefined;
  };

  const describeUnion = (type: ts.UnionType | undefined, node: ts.TypeNode | undefined, context: string, given?: readonly ts.Type[]): Desc => {
    const all = (given ?? type!.types).filter((t) => !(t.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Void)));
    const name = type?.aliasSymbol && declaredInLib(type.aliasSymbol) ? type.aliasSymbol.name : undefined;
    const members = ordered(all, node);
    const hasString = members.some((m) => m.type.flags & ts.TypeFlags.String);
    const hasNumber = members.some((m) => m.type.flags & ts.TypeFlags.Number);
    const literals = members.filter((m) => m.type.flags & (ts.TypeFlags.StringLiteral | ts.TypeFlags.NumberLiteral | ts.TypeFlags.BooleanLiteral | ts.TypeFlags.Null));
    const enumParents = new Set(literals.map((m) => (m.type.flags & ts.TypeFlags.EnumLiteral ? enumOf(m.type) : undefined)));
    const out: Desc[] = [];
    const values: unknown[] = [];
    let literalAt = -1;
    const hasTrue = literals.some((m) => m.type.flags & ts.TypeFlags.BooleanLiteral && nameOf(m.type) === 'true');
    const hasFalse = literals.some((m) => m.type.flags & ts.TypeFlags.BooleanLiteral && nameOf(m.type) === 'false');
    for (const m of members) {
      const t = m.type;
      if (t.flags & ts.TypeFlags.BooleanLiteral && hasTrue && hasFalse) {
        if (!out.includes('boolean')) out.push('boolean');
        continue;
      }
      if (t.flags & (ts.TypeFlags.StringLiteral | ts.TypeFlags.TemplateLiteral | ts.TypeFlags.StringMapping) && hasString) continue;
      if (t.flags & ts.TypeFlags.NumberLiteral && hasNumber) continue;
      if (literals.includes(m)) {
        if (literalAt < 0) {
          literalAt = out.length;
          out.push('');
        }
        values.push(t.flags & ts.TypeFlags.BooleanLiteral ? nameOf(t) === 'true' : t.flags & ts.TypeFlags.Null ? null : (t as ts.LiteralType).value);
        continue;
      }
      const d = describe(t, undefined, context, m.alias ?? name);
      if (!out.some((o) => JSON.stringify(o) === JSON.stringify(d))) out.push(d);
    }
    if (literalAt >= 0) {
      const parent = enumParents.size === 1 ? [...enumParents][0] : undefined;
      out[literalAt] = parent && literals.length === values.length
        ? { enum: parent.name, members: Object.fromEntries(literals.map((m) => [enumMemberName(m.type), (m.type as ts.LiteralType).value])) }
        : { lit: values };
    }
    if (out.length === 1) return out[0];
    return name ? { union: out, name } : { union: out };
  };

  const enumOf = (t: ts.Type): ts.Symbol | undefined => {
    const decl = t.getSymbol()?.valueDeclaration;
    return decl && ts.isEnumMember(decl) ? checker.getSymbolAtLocation(decl.parent.name) : undefined;
  };
  const enumMemberName = (t: ts.Type): string => t.getSymbol()!.name;

  /** The options parameters of a signature: object types (or arrays of them) that are not class instances. */
  const optionParams = (decl: ts.SignatureDeclaration, owner: string): ParamOut[] => {
    const out: ParamOut[] = [];
    decl.parameters.forEach((param, index) => {
      if (param.dotDotDotToken || !ts.isIdentifier(param.name)) return;
      const type = checker.getTypeAtLocation(param);
      const context = `${owner}.${param.name.text}`;
      const d = describe(type, param.type, context);
      const spec = specOf(d, context);
      if (spec) out.push({ index, name: param.name.text, spec });
      else if (typeof d === 'object' && 'array' in d) {
        const element = specOf(d.array as Desc, `${context}[]`);
        if (element) out.push({ index, name: param.name.text, spec: element, array: true });
      }
    });
    return out;
  };

  /** The spec name of an options descriptor: a ref, or an inline object registered under its context name. */
  const specOf = (d: Desc, context: string): string | undefined => {
    if (typeof d !== 'object') return undefined;
    if ('ref' in d) return d.ref as string;
    if ('obj' in d && !('index' in d && Object.keys(d.obj as object).length === 0)) {
      const spec: SpecOut = { props: d.obj as Record<string, PropOut>, ...('index' in d ? { index: d.index as Desc } : {}) };
      if (specs.has(context)) throw new Error(`two specs named '${context}'`);
      specs.set(context, spec);
      return context;
    }
    return undefined;
  };

  const constructorProps: Record<string, string> = {};
  const methodOptions: Record<string, { file: string; params: ParamOut[] }> = {};
  const exportedClasses: ts.Symbol[] = [];

  for (const sf of sources) {
    for (const stmt of sf.statements) {
      if (!isExported(stmt)) continue;
      if ((ts.isInterfaceDeclaration(stmt) || ts.isTypeAliasDeclaration(stmt)) && /(Props|Options)$/.test(stmt.name.text)) {
        const type = checker.getTypeAtLocation(stmt.name);
        if (type.flags & ts.TypeFlags.Object && !isBehavioural(type)) enqueue(nameOf(type), type);
      }
      if (ts.isClassDeclaration(stmt) && stmt.name) {
        const className = stmt.name.text;
        const symbol = checker.getSymbolAtLocation(stmt.name);
        if (symbol) exportedClasses.push(symbol);
        for (const member of stmt.members) {
          if (ts.isConstructorDeclaration(member) && isPublic(member) && !(ts.getCombinedModifierFlags(member) & ts.ModifierFlags.Protected)) {
            const props = optionParams(member, `${className}.constructor`).filter((p) => !p.array);
            if (props.length > 0) constructorProps[className] = props[props.length - 1].spec;
          }
          if (ts.isMethodDeclaration(member) && isPublic(member) && member.name && ts.isIdentifier(member.name)) {
            const key = `${className}.${member.name.text}`;
            const params = optionParams(member, key);
            if (params.length > 0 && !methodOptions[key]) methodOptions[key] = { file: relative(sf.fileName), params };
          }
        }
      }
    }
  }

  while (queue.length > 0) {
    const { name, type } = queue.shift()!;
    specs.set(name, objectDesc(type, name));
  }

  // Static factories of the classes that descriptors name, and of every exported class, when its constructor is not public.
  const factories: Record<string, string[]> = {};
  const classes = new Map<string, ts.Symbol>([...exportedClasses.map((s) => [s.name, s] as const), ...instanceClasses]);
  for (const [name, symbol] of classes) {
    const decl = symbol.declarations?.find(ts.isClassDeclaration);
    if (!decl) continue;
    const ctor = decl.members.find(ts.isConstructorDeclaration);
    if (ctor && isPublic(ctor)) continue;
    if (!ctor && !(ts.getCombinedModifierFlags(decl) & ts.ModifierFlags.Abstract)) continue;
    const instance = checker.getDeclaredTypeOfSymbol(symbol);
    const list: string[] = [];
    for (const member of decl.members) {
      if (!ts.isMethodDeclaration(member) || !isPublic(member) || !(ts.getCombinedModifierFlags(member) & ts.ModifierFlags.Static)) continue;
      if (!member.name || !ts.isIdentifier(member.name)) continue;
      const signature = checker.getSignatureFromDeclaration(member);
      const returns = signature && checker.getReturnTypeOfSignature(signature);
      if (!returns || returns.getSymbol() !== instance.getSymbol()) continue;
      const args: string[] = [];
      for (const p of member.parameters) {
        if (p.questionToken || p.initializer || !ts.isIdentifier(p.name)) break;
        const d = describe(checker.getTypeAtLocation(p), p.type, `${name}.${member.name.text}.${p.name.text}`);
        args.push(typeof d === 'object' && ('ref' in d || 'obj' in d) ? '{...}' : `${p.dotDotDotToken ? '...' : ''}${p.name.text}`);
      }
      const text = `${member.name.text}(${args.join(', ')})`;
      if (!list.includes(text)) list.push(text);
    }
    if (list.length > 0) factories[name] = list;
  }

  return render(specs, constructorProps, methodOptions, factories);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sortedRecord<T>(entries: Iterable<[string, T]>): Record<string, T> {
  return Object.fromEntries([...entries].sort(([a], [b]) => compare(a, b)));
}

// ---- rendering ---------------------------------------------------------------------------------------------------

const WIDTH = 120;

function key(k: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(k) ? k : quote(k);
}

function quote(s: string): string {
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, '\\\'').replace(/\n/g, '\\n')}'`;
}

function inline(v: unknown): string {
  if (v === null || typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (typeof v === 'string') return quote(v);
  if (Array.isArray(v)) return `[${v.map(inline).join(', ')}]`;
  const entries = Object.entries(v as object);
  return entries.length === 0 ? '{}' : `{ ${entries.map(([k, x]) => `${key(k)}: ${inline(x)}`).join(', ')} }`;
}

/** A literal: on one line when it fits, otherwise one entry per line. */
function literal(v: unknown, indent: string, lead: number): string {
  const one = inline(v);
  if (lead + one.length <= WIDTH || v === null || typeof v !== 'object') return one;
  const inner = `${indent}  `;
  if (Array.isArray(v)) return `[\n${v.map((x) => `${inner}${literal(x, inner, inner.length)},`).join('\n')}\n${indent}]`;
  const lines = Object.entries(v as object).map(([k, x]) => `${inner}${key(k)}: ${literal(x, inner, inner.length + key(k).length + 2)},`);
  return `{\n${lines.join('\n')}\n${indent}}`;
}

function render(
  specs: Map<string, SpecOut>,
  constructorProps: Record<string, string>,
  methodOptions: Record<string, { file: string; params: ParamOut[] }>,
  factories: Record<string, string[]>,
): string {
  const table = (name: string, type: string, value: unknown, doc: string) =>
    `/** ${doc} */\nexport const ${name} = ${literal(value, '', 0)} as const satisfies ${type};\n`;
  return [
    '// GENERATED by `npm run gen:props` (scripts/gen-prop-specs.ts) from the TypeScript interfaces in lib/. DO NOT EDIT:',
    '// change the interfaces and run `npm run gen:props` again; test/values/prop-specs.test.ts fails when this file is stale.',
    '// Read by lib/values/_prop-check.ts, which checks option objects at run time; `TypeDesc` there documents the descriptors.',
    'import type { ClassFactoryTable, ConstructorTable, MethodTable, SpecTable } from \'./_prop-types\';',
    '',
    table('PROP_SPECS', 'SpecTable', sortedRecord(specs), 'Props and options interfaces: name → props (`optional`, type descriptor, `@alias` names).'),
    table('CONSTRUCTOR_PROPS', 'ConstructorTable', sortedRecord(Object.entries(constructorProps)), 'Exported class → the props interface its public constructor takes.'),
    table('METHOD_OPTIONS', 'MethodTable', sortedRecord(Object.entries(methodOptions)), '`Class.method` → its options parameters (static factories and public methods).'),
    table('CLASS_FACTORIES', 'ClassFactoryTable', sortedRecord(Object.entries(factories)), 'Class without a public constructor → its static factories, as error messages name them.'),
  ].join('\n');
}

if (require.main === module) {
  const text = generatePropSpecs();
  const old = fs.existsSync(OUTPUT) ? fs.readFileSync(OUTPUT, 'utf8') : undefined;
  if (old !== text) fs.writeFileSync(OUTPUT, text);
  // stderr: `npm pack --json` runs this (prepack → build) and its stdout must stay JSON.
  process.stderr.write(`${relative(OUTPUT)} ${old === text ? 'is up to date' : 'written'}\n`);
}
