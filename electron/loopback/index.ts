import { join } from 'node:path'
import { LOOPBACK_USAGE, parseLoopbackArgs } from './loopback-args'
import { HostStartError, runLoopbackHost } from './run'

// Entry point of `npm run serve`, built to out/main/loopback.js beside the renderer.
const parsed = parseLoopbackArgs(process.argv.slice(2))
if (!parsed.ok) {
  for (const error of parsed.errors) console.error(`levier serve: ${error}`)
  console.error(LOOPBACK_USAGE)
  process.exit(2)
} else if (parsed.args.help) {
  console.log(LOOPBACK_USAGE)
} else {
  runLoopbackHost(parsed.args, join(import.meta.dirname, '../renderer')).catch((error: unknown) => {
    console.error(
      `levier serve: ${error instanceof HostStartError ? error.message : String(error)}`,
    )
    process.exit(1)
  })
}
