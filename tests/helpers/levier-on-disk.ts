import { readFileSync, writeFileSync } from 'node:fs'
import { runLevier } from '../../electron/cli/run'
import type { CliIo } from '../../electron/cli/run'

/** The `levier` command line on real files, its output captured; `io` replaces parts of its world. */
export function levierOnDiskWith(io: Partial<CliIo>) {
  return async (...argv: string[]) => {
    let stdout = ''
    let stderr = ''
    const code = await runLevier(argv, {
      stdout: (t) => void (stdout += t),
      stderr: (t) => void (stderr += t),
      readText: async (path) => readFileSync(path, 'utf8'),
      writeText: (path, text) => writeFileSync(path, text),
      ...io,
    })
    return { code, stdout, stderr }
  }
}

/** The `levier` command line on real files, its output captured. */
export const levierOnDisk = levierOnDiskWith({})
