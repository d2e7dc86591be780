#!/usr/bin/env node
// Scaffolds a library with the mandatory scope/type/layer tags and the four standard targets
// (lint, typecheck, test, build), so no project can slip past the module-boundary rules untagged.
// Usage: node tools/generators/new-lib.mjs <name> --scope gateway --type domain --layer pure "description"
import fs from 'node:fs';
import path from 'node:path';

const [name, ...rest] = process.argv.slice(2);
const option = (flag) => {
  const i = rest.indexOf(flag);
  return i >= 0 ? rest[i + 1] : undefined;
};
const scope = option('--scope');
const type = option('--type');
const layer = option('--layer');
const description = rest.filter((a, i) => !a.startsWith('--') && !rest[i - 1]?.startsWith('--')).join(' ');
const allowed = {
  scope: ['shared', 'gateway', 'admin', 'health'],
  type: ['util', 'domain', 'data-access', 'feature'],
  layer: ['pure', 'node'],
};
for (const [key, value] of Object.entries({ scope, type, layer })) {
  if (!allowed[key].includes(value)) {
    console.error(`--${key} must be one of ${allowed[key].join(', ')} (got ${value ?? 'nothing'})`);
    process.exit(2);
  }
}
if (!name || !/^[a-z][a-z0-9-]*$/.test(name)) {
  console.error('usage: new-lib.mjs <kebab-name> --scope S --type T --layer L "description"');
  process.exit(2);
}
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const dir = path.join(root, 'libs', name);
if (fs.existsSync(dir)) {
  console.error(`libs/${name} exists already`);
  process.exit(1);
}
const write = (file, text) => {
  fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  fs.writeFileSync(path.join(dir, file), text);
};
write(
  'project.json',
  JSON.stringify(
    {
      name,
      $schema: '../../node_modules/nx/schemas/project-schema.json',
      sourceRoot: `libs/${name}/src`,
      projectType: 'library',
      tags: [`scope:${scope}`, `type:${type}`, `layer:${layer}`],
      targets: {
        build: {
          executor: '@nx/js:tsc',
          outputs: ['{options.outputPath}'],
          options: { outputPath: `dist/libs/${name}`, main: `libs/${name}/src/index.ts`, tsConfig: `libs/${name}/tsconfig.lib.json` },
        },
        typecheck: { executor: 'nx:run-commands', options: { command: `tsc -p libs/${name}/tsconfig.json --noEmit` } },
        lint: { executor: '@nx/eslint:lint' },
        test: {
          executor: '@nx/jest:jest',
          outputs: [`{workspaceRoot}/coverage/libs/${name}`],
          options: { jestConfig: `libs/${name}/jest.config.cjs`, passWithNoTests: false },
        },
      },
    },
    null,
    2,
  ) + '\n',
);
write(
  'tsconfig.json',
  JSON.stringify({ extends: '../../tsconfig.base.json', compilerOptions: { types: ['node', 'jest'] }, include: ['src/**/*.ts', 'test/**/*.ts'] }, null, 2) +
    '\n',
);
write(
  'tsconfig.lib.json',
  JSON.stringify(
    {
      extends: './tsconfig.json',
      compilerOptions: { outDir: `../../dist/out-tsc`, declaration: true, types: ['node'] },
      include: ['src/**/*.ts'],
      exclude: ['src/**/*.spec.ts', 'test/**'],
    },
    null,
    2,
  ) + '\n',
);
write('jest.config.cjs', `module.exports = { ...require('../../jest.preset.cjs'), displayName: '${name}', rootDir: __dirname };\n`);
write(
  'package.json',
  JSON.stringify({ name: `@hbase-compat/${name}`, version: '0.1.0', private: true, main: './src/index.js', types: './src/index.d.ts' }, null, 2) + '\n',
);
write('README.md', `# ${name}\n\n${description}\n\nTags: \`scope:${scope}\`, \`type:${type}\`, \`layer:${layer}\`.\n\nTests: \`npx nx test ${name}\`.\n`);
write('src/index.ts', '');
console.log(`created libs/${name}`);
