import { DEFAULT_SCHEMA, dump, DumpOptions, Type } from 'js-yaml';

/**
 * Whether some YAML reader in use would read `text`, written as a plain (unquoted) scalar, as something else
 * than that string: a boolean, a null, a number, a date, a merge key. The union of the readers' own rules:
 *
 * - YAML 1.1, as PyYAML resolves it (`yaml/resolver.py`: docker-compose 1.x, Ansible, yamllint, most CI tools)
 *   and as the YAML 1.1 type repository defines it (yaml.org/type: `y`/`n` booleans, `_` in numbers, `0b`
 *   binary, `0`-prefixed octal, `1:20` sexagesimal, `2024-01-01` timestamps, `<<` merge, `=` value);
 * - the `yaml` package's YAML 1.1 schema, which cdk8s reads with (`Yaml.load`, `Include`): also `.`, `1._` and
 *   `e1` as floats (`yaml/dist/schema/yaml-1.1/float.js`);
 * - YAML 1.2's core schema (js-yaml, the `yaml` package: `0o17` octal, `1e3` floats without a sign);
 * - go-yaml v2 and v3 (`resolve.go`; Helm, kubectl and Argo CD read through them): `yes`/`on` booleans (v2), `_`
 *   dropped anywhere before reading a number (`-_1`), `0X`/`0O`/`0B` prefixes, `+.5` and `1.` floats,
 *   `2024-1-2` dates;
 * - Ruby's Psych (GitLab CI): `,` dropped before reading a number (`1,000`).
 *
 * It errs on the side of quoting: a string it flags is quoted, which every reader reads back as the same string.
 */
export function readsAsNonString(text: string): boolean {
  if (KEYWORDS.has(text)) return true;
  // Numbers and dates start with a digit, a sign, a dot or an exponent in every reader (go-yaml's resolve table,
  // PyYAML's first characters, the `yaml` package's YAML 1.1 floats).
  if (!NUMERIC_START.test(text)) return false;
  if (YAML_1_1_NUMBER.test(text) || SEXAGESIMAL.test(text) || DATE.test(text)) return true;
  const digits = text.replace(/[_,]/g, '');
  return INT.test(digits) || FLOAT.test(digits);
}

/** Plain scalars with a meaning of their own: booleans (YAML 1.1 and 1.2), nulls, infinities, NaN, `<<`, `=`. */
const KEYWORDS = new Set([
  'y', 'Y', 'yes', 'Yes', 'YES', 'n', 'N', 'no', 'No', 'NO', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE',
  'on', 'On', 'ON', 'off', 'Off', 'OFF', '', '~', 'null', 'Null', 'NULL',
  '.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF', '-.inf', '-.Inf', '-.INF', '.nan', '.NaN', '.NAN', '<<', '=',
]);
const NUMERIC_START = /^[-+.0-9eE]/;
/** YAML 1.1 numbers as PyYAML and the `yaml` package read them: binary, hex, decimal (and octal), floats with or without digits. */
const YAML_1_1_NUMBER = /^[-+]?(?:0b[01_]+|0x[0-9a-fA-F_]+|[0-9][0-9_]*|(?:[0-9][0-9_]*)?\.[0-9_]*(?:[eE][-+]?[0-9]+)?|(?:[0-9][0-9_]*)?[eE][-+]?[0-9]+)$/;
/** YAML 1.1 base 60 integers and floats (`1:20`, `-1:20:30.5`). */
const SEXAGESIMAL = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/;
/** A timestamp's date, alone or followed by its time: YAML 1.1 (`2024-01-01`, `2024-1-1 10:00:00`) and go-yaml (`2024-1-2`). */
const DATE = /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:$|[Tt \t])/;
/** Integers once `_` and `,` are dropped (go-yaml, Psych): decimal, hex, octal, binary, any case of prefix. */
const INT = /^[-+]?(?:[0-9]+|0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+)$/;
/** Floats once `_` and `,` are dropped: go-yaml's `yamlStyleFloat`, which YAML 1.2's decimal floats are a part of. */
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;

/**
 * A type that never represents a value: js-yaml's dumper asks every implicit type whether it would resolve a
 * plain string, and quotes the string if one would. This one answers for every reader above.
 */
const AMBIGUOUS = new Type('tag:cdk8s-blueprints,2024:ambiguous-string', { kind: 'scalar', resolve: readsAsNonString });

/**
 * A string with a `"` and no `'` that cannot be plain is single-quoted, as the `yaml` package (cdk8s' writer)
 * does, so that JSON in an annotation reads `'{"a": true}'`, not `"{\"a\": true}"`. Only strings js-yaml never
 * writes plain are taken (a `"` elsewhere, as in `say "hi"`, stays plain); a line break or a character that needs
 * an escape keeps js-yaml's double quotes.
 */
const SINGLE_QUOTED = new Type('tag:cdk8s-blueprints,2024:single-quoted-string', {
  kind: 'scalar',
  resolve: () => false, // never resolves a plain scalar: it only represents
  predicate: (value: unknown) => typeof value === 'string' && value.includes('"') && !value.includes('\'')
    && !NEEDS_ESCAPE.test(value) && cannotBePlain(value),
  represent: (value: object) => `'${value as unknown as string}'`,
});
/** Line breaks and the characters js-yaml escapes (controls, DEL, C1, no-break space, BOM, line and paragraph separators). */
const NEEDS_ESCAPE = /[\x00-\x1f\x7f-\xa0\u2028\u2029\ufeff]/;
/** A first character that is a YAML indicator or a space, a last that is a space or `:`, a `: ` or ` #` inside. */
function cannotBePlain(text: string): boolean {
  return /^[-?:,[\]{}#&*!|>'"%@` ]|[ :]$|: | #/.test(text) || readsAsNonString(text);
}

/**
 * A multi-line string with a line of only spaces or tabs is double-quoted (its line breaks escaped): as a literal
 * block, js-yaml writes such a line so that every reader reads it back as an empty line or drops it
 * (`"\n "` came back as `""`).
 */
const BLANK_LINES = new Type('tag:cdk8s-blueprints,2024:blank-line-string', {
  kind: 'scalar',
  resolve: () => false, // never resolves a plain scalar: it only represents
  predicate: (value: unknown) => typeof value === 'string' && value.includes('\n') && /(^|\n)[ \t]+(?=\n|$)/.test(value),
  represent: (value: object) => dump(value as unknown as string, { ...OPTIONS, schema: DEFAULT_SCHEMA, forceQuotes: true }).slice(0, -1),
});

const SCHEMA = DEFAULT_SCHEMA.extend({ implicit: [AMBIGUOUS, BLANK_LINES, SINGLE_QUOTED] });

const OPTIONS: DumpOptions = {
  schema: SCHEMA,
  lineWidth: -1, // never fold: one value, one line (multi-line strings are literal blocks)
  noRefs: true, // an object used twice is written twice, never as an anchor and alias
  quotingType: '"',
  noCompatMode: false, // YAML 1.1 compatibility (js-yaml's own list of 1.1 booleans and base 60 numbers)
  sortKeys: false, // keys in the order given (cdk8s sorts an object's keys)
};

/**
 * The one YAML writer of every YAML file the library writes (manifests, compose files): `docs`, JSON values such
 * as `ApiObject.toJson()` returns, as a stream of block-style documents separated by `---`, that every YAML
 * reader reads back as the same values — YAML 1.1 readers (PyYAML, docker-compose 1.x, go-yaml v2 in Helm and
 * kubectl) as well as YAML 1.2 ones: a string that one of them would read as a boolean, a number, a null or a
 * date (`no`, `on`, `0x1F`, `1e3`, `010`, `1_000`, `2024-01-01`, `~`…) is double-quoted. Keys keep their
 * order, nothing is folded, an object used twice is written twice. As with `JSON.stringify`, a key whose
 * value is `undefined` is left out (and `undefined` in a list is `null`). Deterministic: same values, same bytes.
 *
 * The bytes are js-yaml's (`dump` with the options above, which `toYamlReference` is): every scalar is written by
 * js-yaml itself, once per distinct value, and the block structure around it is laid out here the way js-yaml's
 * dumper lays it out (its writeBlockMapping and writeBlockSequence), because that layout — not the scalars — is
 * where js-yaml spends its time on Kubernetes objects, whose strings repeat (labels, kinds, ports). A document
 * with anything but JSON values, or a key js-yaml would write as an explicit `? ` pair, is written by js-yaml
 * whole. `test/k8s/yaml.test.ts` proves the two byte-identical on generated documents and on every example.
 */
export function toYaml(docs: readonly unknown[]): string {
  if (!SCALARS || SCALARS.size() > ScalarCache.LIMIT) SCALARS = new ScalarCache();
  const scalars = SCALARS;
  const out = new Writer(scalars);
  // Documents are joined in chunks as they come, so that each chunk's pieces die young (a list of them all would
  // outlive a few collections and be copied to the old generation, doubling the memory a large stream needs); the
  // pieces of a chunk's documents are joined once, without a string per document in between.
  const chunks: string[] = [];
  let inChunk = 0;
  for (const doc of docs) {
    if (inChunk > 0) out.parts.push('---\n');
    const start = out.parts.length;
    try {
      out.document(doc);
    } catch (e) {
      if (e !== NOT_JSON) throw e;
      out.parts.length = start;
      out.parts.push(dump(doc, OPTIONS));
    }
    if (++inChunk === 64) {
      chunks.push(out.parts.join(''));
      out.parts.length = 0;
      inChunk = 0;
    }
  }
  if (inChunk > 0 || chunks.length === 0) chunks.push(out.parts.join(''));
  return chunks.join('---\n');
}

/** js-yaml's own rendering of `docs`, document by document: what `toYaml` writes, byte for byte. */
export function toYamlReference(docs: readonly unknown[]): string {
  return docs.map((doc) => dump(doc, OPTIONS)).join('---\n');
}

/**
 * The scalars of every `toYaml` call, shared: a synthesis writes a file per Helm template, compose file and GitOps
 * object besides the manifests, and they repeat the manifests' strings. A scalar's rendering depends only on the
 * scalar, so sharing changes no byte.
 */
let SCALARS: ScalarCache | undefined;

/** Thrown inside `node` for a value or key that js-yaml must lay out itself. */
const NOT_JSON = Symbol('not a JSON value');

/** js-yaml's rendering of each distinct scalar, as a document of its own without the final line break. */
class ScalarCache {
  /** Entries a cache may grow to before the next `toYaml` starts a new one (a long-lived process stays bounded). */
  public static readonly LIMIT = 100_000;
  private readonly strings = new Map<string, string>();
  private readonly numbers = new Map<number, string>();
  private readonly keys = new Map<string, KeyLines | null>();

  public size(): number {
    return this.strings.size + this.numbers.size + this.keys.size;
  }

  public string(text: string): string {
    let out = this.strings.get(text);
    if (out === undefined) {
      out = isPlainAsIs(text) ? text : dump(text, OPTIONS).slice(0, -1);
      this.strings.set(text, out);
    }
    return out;
  }

  /**
   * The lines that start with mapping key `text`, or undefined for a key js-yaml writes as an explicit `? ` pair
   * (longer than 1024 characters, or multi-line).
   */
  public key(text: string): KeyLines | undefined {
    let out = this.keys.get(text);
    if (out === undefined) {
      const k = this.string(text);
      out = k.length > 1024 || k.charCodeAt(0) === 0x7c /* | */ ? null : new KeyLines(k);
      this.keys.set(text, out);
    }
    return out ?? undefined;
  }

  public number(n: number): string {
    if (Object.is(n, -0)) return dump(n, OPTIONS).slice(0, -1); // a Map does not tell -0 from 0
    let out = this.numbers.get(n);
    if (out === undefined) {
      out = dump(n, OPTIONS).slice(0, -1);
      this.numbers.set(n, out);
    }
    return out;
  }
}

/**
 * Names, label values, image references, paths: a letter, then letters, digits and `_ . / @ -`, with `:` anywhere
 * but last. js-yaml writes such a string as it is (plain) unless a reader would resolve it as something else —
 * no character of it is an indicator where it stands, needs an escape or a quote, or is a space — which
 * `readsAsNonString` answers (its keywords, and `e1`-style floats). Most distinct scalars of a manifest are these,
 * and js-yaml's dump of one scalar is most of what writing it costs. `test/k8s/yaml.test.ts` checks the two agree.
 */
const PLAIN_AS_IS = /^[A-Za-z](?:[A-Za-z0-9_./@-]|:(?!$))*$/;

/** Whether js-yaml writes `text` as it is: see PLAIN_AS_IS. */
export function isPlainAsIs(text: string): boolean {
  return PLAIN_AS_IS.test(text) && !readsAsNonString(text);
}

/**
 * How a mapping key starts its line, as one string: the line break and indentation of its level, the key and `: `
 * (or `:` alone, before a value that starts on the next line). One piece instead of three per line: joining the
 * pieces costs per piece more than per character, and the pieces of a manifest are mostly these.
 */
class KeyLines {
  /** By `at`: 0 on the current line (a mapping's first key in a list item or a document), else level + 1. */
  private readonly spaced: string[] = [];
  private readonly bare: string[] = [];

  public constructor(private readonly key: string) {}

  public spacedAt(at: number): string {
    return this.spaced[at] ?? (this.spaced[at] = `${at === 0 ? '' : nextLine(at - 1)}${this.key}: `);
  }

  public bareAt(at: number): string {
    return this.bare[at] ?? (this.bare[at] = `${at === 0 ? '' : nextLine(at - 1)}${this.key}:`);
  }
}

/** '\n' and the indentation of `level`, as js-yaml's generateNextLine (indent 2), for the first levels. */
const NEXT_LINE = Array.from({ length: 32 }, (_, level) => (level === 0 ? '\n' : `\n${' '.repeat(2 * level)}`));

function nextLine(level: number): string {
  return NEXT_LINE[level] ?? `\n${' '.repeat(2 * level)}`;
}

/** A list item's marker on a line of its own at each level: the line break, the indentation and `- `. */
const ITEM_LINE = Array.from({ length: 32 }, (_, level) => `${nextLine(level)}- `);

/**
 * Lays out one document as js-yaml's writeNode does in block context, appending its pieces to `parts` and joining
 * them once: building each nested mapping as a string of its own would copy every document once per level.
 */
class Writer {
  public readonly parts: string[] = [];

  public constructor(private readonly scalars: ScalarCache) {}

  /** Appends the document's YAML with its final line break (nothing for `undefined`), or throws NOT_JSON. */
  public document(doc: unknown): void {
    if (doc === undefined) return;
    this.node(doc, 0, true);
    this.parts.push('\n');
  }

  /**
   * Appends `value` as js-yaml writes it in block context at `level` (`compact`: a mapping or sequence starts on
   * the current line); returns whether what it appended starts with a line break (a block that does not start
   * on the current line). `value` is not `undefined`.
   */
  private node(value: unknown, level: number, compact: boolean): boolean {
    switch (typeof value) {
      case 'string': {
        const text = this.scalars.string(value);
        // A literal block scalar: js-yaml indents its lines by 2 × max(1, level); the cached one is at level 0.
        this.parts.push(level <= 1 || text.charCodeAt(0) !== 0x7c /* | */ ? text : text.replace(/\n(?=[^\n])/g, nextLine(level - 1)));
        return false;
      }
      case 'number':
        this.parts.push(this.scalars.number(value));
        return false;
      case 'boolean':
        this.parts.push(value ? 'true' : 'false');
        return false;
      case 'object': {
        if (value === null) {
          this.parts.push('null');
          return false;
        }
        if (Array.isArray(value)) {
          if (value.length === 0) {
            this.parts.push('[]');
            return false;
          }
          this.sequence(value, level, compact);
          return !compact;
        }
        if (Object.prototype.toString.call(value) !== '[object Object]') throw NOT_JSON;
        return this.mapping(value as Record<string, unknown>, level, compact);
      }
      default:
        throw NOT_JSON;
    }
  }

  private mapping(object: Record<string, unknown>, level: number, compact: boolean): boolean {
    let first = true;
    for (const key in object) {
      if (!Object.prototype.hasOwnProperty.call(object, key)) continue;
      const value = object[key];
      if (value === undefined) continue;
      const k = this.scalars.key(key);
      // js-yaml writes a key longer than 1024 characters, or a multi-line one, as an explicit `? ` pair
      if (k === undefined) throw NOT_JSON;
      const at = compact && first ? 0 : level + 1;
      this.parts.push(k.spacedAt(at));
      const separator = this.parts.length - 1;
      if (this.node(value, level + 1, false)) this.parts[separator] = k.bareAt(at);
      first = false;
    }
    if (first) this.parts.push('{}');
    return !first && !compact;
  }

  private sequence(items: readonly unknown[], level: number, compact: boolean): void {
    for (let i = 0; i < items.length; i++) {
      const own = !(compact && i === 0);
      this.parts.push(own ? ITEM_LINE[level] ?? `${nextLine(level)}- ` : '- ');
      const marker = this.parts.length - 1;
      if (this.node(items[i] === undefined ? null : items[i], level + 1, true)) this.parts[marker] = own ? `${nextLine(level)}-` : '-';
    }
  }
}
