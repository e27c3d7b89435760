// The action's library code (src/) compiled with tsc into a temporary directory under .bench/ (git-ignored;
// inside the repository so node_modules resolves), for benchmarks that call it in-process. dist/ and build/ are
// left alone: other work rebuilds them.
import { existsSync, mkdtempSync, mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { REPO_DIR, run } from './docker.mjs'

/**
 * Compiles src/; returns { importModule(relPath), remove() }. A type error elsewhere only warns, as long as `probe`
 * (a module the caller needs, relative to the output) was emitted.
 */
export async function compileLibrary(probe = join('src', 'modes', 'merge', 'run.js')) {
  mkdirSync(join(REPO_DIR, '.bench'), { recursive: true })
  const outDir = mkdtempSync(join(REPO_DIR, '.bench', 'lib-'))
  const remove = () => rmSync(outDir, { recursive: true, force: true })
  try {
    await run(join(REPO_DIR, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.build.json', '--outDir', outDir])
  } catch (e) {
    if (!existsSync(join(outDir, probe))) {
      remove()
      throw e
    }
    console.warn(`tsc reported errors (files were still emitted):\n${e.message}`)
  }
  return {
    importModule: (rel) => import(pathToFileURL(join(outDir, rel)).href),
    remove,
  }
}
