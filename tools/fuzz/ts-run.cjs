// Runs a TypeScript tool script with the workspace's path aliases, transpiled by SWC on load (as
// Jest does), so tools can use the libraries (codec, raw client) without a build step.
//   node tools/fuzz/ts-run.cjs tools/fuzz/fuzz.ts [args...]
const fs = require('node:fs');
const path = require('node:path');
const Module = require('node:module');
const swc = require('@swc/core');

const root = path.resolve(__dirname, '../..');
const tsconfig = JSON.parse(fs.readFileSync(path.join(root, 'tsconfig.base.json'), 'utf8'));
const aliases = new Map(Object.entries(tsconfig.compilerOptions.paths ?? {}).map(([alias, targets]) => [alias, path.join(root, targets[0])]));

const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return resolve.call(this, aliases.get(request) ?? request, ...rest);
};
require.extensions['.ts'] = (module, filename) => {
  const { code } = swc.transformSync(fs.readFileSync(filename, 'utf8'), {
    filename,
    jsc: { parser: { syntax: 'typescript', decorators: true }, transform: { legacyDecorator: true }, target: 'es2022' },
    module: { type: 'commonjs' },
  });
  module._compile(code, filename);
};

const script = path.resolve(process.argv[2]);
process.argv.splice(1, 2, script);
require(script);
