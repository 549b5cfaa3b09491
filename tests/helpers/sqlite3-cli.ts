import { execFileSync } from 'node:child_process'

/** Ask Debian's sqlite3 client, as any outside tool would. */
export function sqlite3(path: string, sql: string): string {
  return execFileSync('sqlite3', [path, sql], { encoding: 'utf8' }).trim()
}
