import nx from '@nx/eslint-plugin';
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';

// The module-boundary rule below skips Node's built-in modules, so its bannedExternalImports cannot
// keep I/O out of layer:pure libraries. That is enforced here instead, on every source file of a
// project tagged layer:pure (read from the project.json files, so a new pure library is covered).
// Pure computation stays allowed: hashing (crypto), Buffer and text decoding, util's formatting.
const PURE_ALLOWED_BUILTINS = new Set(['crypto', 'buffer', 'util', 'string_decoder']);
const pureProjectRoots = ['libs', 'apps'].flatMap((dir) =>
  readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `${dir}/${entry.name}`)
    .filter((root) => {
      try {
        return JSON.parse(readFileSync(`${root}/project.json`, 'utf8')).tags?.includes('layer:pure');
      } catch {
        return false;
      }
    }),
);
const bannedBuiltins = builtinModules.filter((name) => !name.startsWith('_') && !PURE_ALLOWED_BUILTINS.has(name.split('/')[0]));

// Module boundaries: every project carries scope:* , type:* and layer:* tags (see docs/architecture.md).
// layer:pure libraries do no I/O and import no framework; layer:node may use Node I/O but never NestJS.
export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  { ignores: ['**/dist', '**/node_modules', '**/generated/**', '**/.cache', '**/target*'] },
  {
    files: ['**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:domain', 'type:util'] },
            { sourceTag: 'type:feature', onlyDependOnLibsWithTags: ['type:data-access', 'type:domain', 'type:util'] },
            { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:data-access', 'type:domain', 'type:util'] },
            { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain', 'type:util'] },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:gateway', onlyDependOnLibsWithTags: ['scope:gateway', 'scope:shared'] },
            { sourceTag: 'scope:admin', onlyDependOnLibsWithTags: ['scope:admin', 'scope:shared'] },
            { sourceTag: 'scope:health', onlyDependOnLibsWithTags: ['scope:health', 'scope:shared'] },
            {
              sourceTag: 'layer:pure',
              onlyDependOnLibsWithTags: ['layer:pure'],
              bannedExternalImports: ['@nestjs/*', 'prom-client', 'lmdb', 'node-zookeeper-client', '@grpc/*', 'node:net', 'net', 'node:fs', 'fs'],
            },
            { sourceTag: 'layer:node', onlyDependOnLibsWithTags: ['layer:pure', 'layer:node'], bannedExternalImports: ['@nestjs/*'] },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: pureProjectRoots.map((root) => `${root}/src/**/*.ts`),
    ignores: ['**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: bannedBuiltins
            .flatMap((name) => [name, `node:${name}`])
            .map((name) => ({
              name,
              message: 'layer:pure libraries do no I/O: move this into a layer:node library.',
            })),
        },
      ],
    },
  },
  {
    // Functions short enough to read at once (docs/architecture.md): the longest today is under 100
    // lines (tools/code-stats/code-stats.mjs lists them); tests may hold longer tables of cases.
    files: ['apps/**/*.ts', 'libs/**/*.ts'],
    ignores: ['**/*.spec.ts', '**/*.cluster.ts', '**/test/**/*.ts', '**/testing/**/*.ts'],
    rules: { 'max-lines-per-function': ['error', { max: 100, IIFEs: true }] },
  },
  {
    // Named re-exports only. Compiled to CommonJS, `export * from` defines each name through one
    // shared tslib getter whose `m[k]` lookup goes megamorphic, and every cross-library call on the
    // request path paid it: 3% of the gateway's CPU under YCSB E. A named re-export compiles to its
    // own getter, which V8 inlines.
    files: ['apps/**/*.ts', 'libs/**/*.ts'],
    rules: {
      'no-restricted-syntax': ['error', { selector: 'ExportAllDeclaration', message: 'Re-export by name: `export *` costs a megamorphic getter per call.' }],
    },
  },
  {
    files: ['**/*.spec.ts', '**/test/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
];
