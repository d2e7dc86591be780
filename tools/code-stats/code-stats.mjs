#!/usr/bin/env node
// The structure figures a reviewer asks for: the largest source files and every function longer than
// a threshold, over hand-written TypeScript (apps/ and libs/; generated code, tests and the test-rule
// libraries under testing/ excluded, as the lint rule that bounds function length excludes them).
// Usage: node tools/code-stats/code-stats.mjs [--root DIR] [--top N] [--over LINES] [--json]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createRequire } from 'node:module';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const root = option('--root', process.cwd());
const top = Number(option('--top', '10'));
const over = Number(option('--over', '100'));
// The TypeScript compiler of the tree being measured, else ours.
const require = createRequire(join(root, 'package.json'));
let ts;
try {
  ts = require('typescript');
} catch {
  ts = createRequire(import.meta.url)('typescript');
}

const skipped = (path) => /(^|\/)(node_modules|dist|generated|testing|\.cache)(\/|$)/.test(path) || /\.(spec|test|cluster)\.ts$|\.d\.ts$/.test(path);

function* sourceFiles(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (skipped(relative(root, path))) continue;
    if (statSync(path).isDirectory()) yield* sourceFiles(path);
    else if (path.endsWith('.ts')) yield path;
  }
}

const isFunction = (n) =>
  ts.isFunctionDeclaration(n) ||
  ts.isMethodDeclaration(n) ||
  ts.isArrowFunction(n) ||
  ts.isFunctionExpression(n) ||
  ts.isConstructorDeclaration(n) ||
  ts.isGetAccessor(n);

function functionName(n) {
  if (n.name) return n.name.getText();
  if (ts.isConstructorDeclaration(n)) return 'constructor';
  const parent = n.parent;
  if (parent && ts.isVariableDeclaration(parent)) return parent.name.getText();
  if (parent && ts.isPropertyAssignment(parent)) return parent.name.getText();
  return '(anonymous)';
}

const files = [];
const longFunctions = [];
for (const top of ['apps', 'libs']) {
  for (const path of sourceFiles(join(root, top))) {
    const text = readFileSync(path, 'utf8');
    const rel = relative(root, path);
    files.push({ file: rel, lines: text.split('\n').length });
    const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
    const visit = (node) => {
      if (isFunction(node)) {
        const start = source.getLineAndCharacterOfPosition(node.getStart()).line;
        const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
        if (end - start + 1 > over) longFunctions.push({ file: rel, line: start + 1, name: functionName(node), lines: end - start + 1 });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
}
files.sort((a, b) => b.lines - a.lines);
longFunctions.sort((a, b) => b.lines - a.lines);
const report = {
  files: files.length,
  lines: files.reduce((sum, f) => sum + f.lines, 0),
  largest: files.slice(0, top),
  functionsOver: { threshold: over, count: longFunctions.length, list: longFunctions },
};
if (args.includes('--json')) {
  console.log(JSON.stringify(report, null, 2));
} else {
  console.log(`${report.files} source files, ${report.lines} lines (apps/ and libs/, without tests and generated code)`);
  console.log(`largest files:`);
  for (const f of report.largest) console.log(`  ${String(f.lines).padStart(5)}  ${f.file}`);
  console.log(`functions over ${over} lines: ${longFunctions.length}`);
  for (const f of longFunctions) console.log(`  ${String(f.lines).padStart(5)}  ${f.file}:${f.line} ${f.name}`);
}
