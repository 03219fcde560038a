/** Types of scripts/check-imports.mjs, for the tests that run it. */
export interface LayeringProblem {
  /** Repo-relative path with forward slashes. */
  file: string;
  line: number;
  specifier: string;
  message: string;
}
export interface FoundImport {
  specifier: string;
  line: number;
  /** `import type` / `export type`: erased at build time. */
  typeOnly: boolean;
}
export function layerOf(path: string): string;
export function importProblem(file: string, specifier: string, typeOnly: boolean, runtimeDeps?: Set<string>): string | null;
export function findImports(source: string): FoundImport[];
export function checkImports(root: string): { files: number; problems: LayeringProblem[] };
