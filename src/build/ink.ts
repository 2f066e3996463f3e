// Compiles ink sources at build time (Node only; the browser never ships the compiler).
import { readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { Compiler, CompilerOptions } from 'inkjs/compiler/Compiler';
import { PosixFileHandler } from 'inkjs/compiler/FileHandler/PosixFileHandler';

export class InkCompileError extends Error {
  constructor(
    readonly file: string,
    readonly messages: string[],
  ) {
    super(`ink: ${file}: ${messages.length} problem(s)\n${messages.map((m) => `  ${m}`).join('\n')}`);
    this.name = 'InkCompileError';
  }
}

/** Compiles one .ink file (INCLUDEs resolve from its folder) and returns the story JSON. Warnings fail too. */
export function compileInk(path: string, source = readFileSync(path, 'utf8')): string {
  const root = dirname(path) + '/';
  const options = new CompilerOptions(basename(path), [], false, null, new PosixFileHandler(root));
  const compiler = new Compiler(source, options);
  let json: string | undefined;
  try {
    json = compiler.Compile().ToJson() ?? undefined;
  } catch {
    // Compile() throws only "Compilation failed."; the real messages are in compiler.errors.
  }
  const problems = [...compiler.errors, ...compiler.warnings].map((m) => withPath(m, root));
  if (problems.length || !json) throw new InkCompileError(path, problems.length ? problems : ['compilation failed']);
  return json;
}

/** inkjs names files relative to the story's folder; show the full path so editors can jump to it. */
function withPath(message: string, root: string): string {
  return message.replace(/'([^']+\.ink)' line (\d+)/, (_, f: string, l: string) => `${root}${f}:${l}`);
}
