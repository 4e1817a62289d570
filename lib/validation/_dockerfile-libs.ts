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

/** dockerfile-utils, loaded on first use. */
export function dockerfileUtils(): typeof utils {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (utilsModule ??= require('dockerfile-utils') as typeof utils);
}
