/**
 * The Dockerfile parser and validator of the image rules, loaded when a rule first reads a Dockerfile: together
 * with the language-server types they bring they take 15-80 ms to load, which an app without built images never
 * needs to pay.
 */
import type * as ast from 'dockerfile-ast';
import type * as utils from 'dockerfile-utils';

let astModule: typeof ast | undefined;
let utilsModule: typeof utils | undefined;

/** dockerfile-ast, loaded on first use. */
export function dockerfileAst(): typeof ast {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (astModule ??= require('dockerfile-ast') as typeof ast);
}

const PARSED = new Map<string, ast.Dockerfile>();

/**
 * The parsed Dockerfile `content`, parsed once for all the rules that read it (the image rules and the pin and
 * health rules each walk it). Rules only read the tree.
 */
export function parseDockerfile(content: string): ast.Dockerfile {
  let parsed = PARSED.get(content);
  if (parsed === undefined) {
    if (PARSED.size >= 256) PARSED.clear();
    parsed = dockerfileAst().DockerfileParser.parse(content);
    PARSED.set(content, parsed);
  }
  return parsed;
}

/** dockerfile-utils, loaded on first use. */
export function dockerfileUtils(): typeof utils {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (utilsModule ??= require('dockerfile-utils') as typeof utils);
}
