import { runLevier } from '../../electron/cli/run'
import type { CliIo } from '../../electron/cli/run'

/** The CLI with files and streams in memory: `files` to read, and what it wrote, by path. */
export async function levier(argv: string[], files: Record<string, string> = {}) {
  let stdout = ''
  let stderr = ''
  const written: Record<string, string> = {}
  const io: CliIo = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    readText: async (path) => {
      const text = files[path]
      if (text === undefined) throw new Error(`ENOENT: no such file, open '${path}'`)
      return text
    },
    writeText: (path, text) => void (written[path] = text),
  }
  const code = await runLevier(argv, io)
  return { code, stdout, stderr, written }
}
