// Build the KOITO on A9N manual: compile docs/manual.typ to a PDF (docs).
//
//   node build.mjs [--node-modules DIR] OUT.pdf
//
// The Typst compiler is the npm package @myriaddreamin/typst-ts-node-compiler,
// pinned in package.json and package-lock.json. It is found in DIR when
// --node-modules is given (CMake installs it inside the build tree), else in
// docs/node_modules. The project root is the repository root, so the manual
// can read() the C headers its tables are generated from. Any error or
// warning is printed with its file, line and column, and the script exits 1
// without writing OUT.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const docsDir = dirname(fileURLToPath(import.meta.url));
const rootDir = resolve(docsDir, '..');
const mainFile = join(docsDir, 'manual.typ');
const compilerPackage = '@myriaddreamin/typst-ts-node-compiler';

function usage() {
  console.error('usage: node build.mjs [--node-modules DIR] OUT.pdf');
  process.exit(2);
}

function parseArguments(argv) {
  let modules = null;
  let output = null;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--node-modules' && i + 1 < argv.length) {
      modules = resolve(argv[++i]);
    } else if (argv[i].startsWith('-') || output !== null) {
      usage();
    } else {
      output = resolve(argv[i]);
    }
  }
  if (output === null) usage();
  return { modules, output };
}

// require() resolving from DIR/.. (so DIR itself is searched), else from docs/.
function loadCompiler(modules) {
  const base = modules ? join(dirname(modules), 'build.mjs') : join(docsDir, 'build.mjs');
  try {
    return createRequire(base)(compilerPackage);
  } catch (error) {
    console.error(`build.mjs: cannot load ${compilerPackage}: ${error.message}`);
    console.error(`build.mjs: run 'npm ci' in ${modules ? dirname(modules) : docsDir} first`);
    process.exit(1);
  }
}

// "path:line:column: severity: message", with 1-based line and column.
const severities = { 1: 'error', 2: 'warning', 3: 'info', 4: 'note' };

function formatDiagnostic(diagnostic) {
  const severity = severities[diagnostic.severity] ?? String(diagnostic.severity);
  let where = diagnostic.path ? relative(process.cwd(), diagnostic.path) : 'manual';
  if (diagnostic.range && diagnostic.range.start) {
    where += `:${diagnostic.range.start.line + 1}:${diagnostic.range.start.character + 1}`;
  }
  return `${where}: ${severity}: ${diagnostic.message}`;
}

function report(compiler, nodeError) {
  let diagnostics;
  try {
    diagnostics = compiler.fetchDiagnostics(nodeError);
  } catch {
    diagnostics = nodeError.shortDiagnostics;
  }
  for (const diagnostic of diagnostics) console.error(formatDiagnostic(diagnostic));
  // Notes only trace an error through its callers: count errors and warnings.
  return diagnostics.filter((d) => d.severity === 1 || d.severity === 2).length;
}

function main() {
  const { modules, output } = parseArguments(process.argv.slice(2));
  const { NodeCompiler } = loadCompiler(modules);
  const compiler = NodeCompiler.create({ workspace: rootDir });
  let result;
  try {
    result = compiler.compile({ mainFilePath: mainFile });
  } catch (error) {
    console.error(`build.mjs: the compiler failed: ${error.message}`);
    process.exit(1);
  }
  const error = result.takeError();
  const warnings = result.takeWarnings();
  let problems = 0;
  if (error) problems += Math.max(report(compiler, error), 1);
  if (warnings) problems += report(compiler, warnings);
  if (problems > 0 || !result.result) {
    console.error(`build.mjs: ${problems} problem(s); no PDF written`);
    process.exit(1);
  }
  const pdf = compiler.pdf(result.result);
  mkdirSync(dirname(output), { recursive: true });
  writeFileSync(output, pdf);
  const version = JSON.parse(readFileSync(join(docsDir, 'package.json'), 'utf8')).dependencies[compilerPackage];
  console.log(`build.mjs: wrote ${output} (${result.result.numOfPages} pages, ${compilerPackage} ${version})`);
}

main();
