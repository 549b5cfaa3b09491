// The package, built for real with a stand-in Electron: `electron-builder --dir` (through
// scripts/dist-dir.mjs, as `npm run dist:dir` runs it) on a folder laid out like Electron's unpacked
// linux-x64 release, whose `electron` is a shell script carrying the fuse wire. Then app.asar is
// read back and must hold exactly what the desktop app runs, and the fuses must be flipped. Offline:
// nothing is downloaded. Needs the build (`npm run build`) first.
import { spawnSync } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs'
import { rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import asar from '@electron/asar'

const root = join(import.meta.dirname, '..')
const out = join(root, 'out')
const problems = []

// @electron/fuses finds the wire after this sentinel: a version byte (1), the number of fuses (8),
// then one byte per fuse, '1' on and '0' off. A stand-in starts with all of them on.
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'
const FUSES = 8
// runAsNode, cookieEncryption, nodeOptions, inspectArguments, asarIntegrity, onlyLoadAppFromAsar,
// v8 snapshot, file protocol privileges: as electron-builder.yml sets them.
const EXPECTED_FUSES = '01001100'

function standInElectron(dir) {
  mkdirSync(join(dir, 'resources'), { recursive: true })
  const wire = `${SENTINEL}\x01${String.fromCharCode(FUSES)}${'1'.repeat(FUSES)}`
  writeFileSync(join(dir, 'electron'), `#!/bin/sh\n# ${wire}\necho 'stand-in Electron'\n`, 'latin1')
  chmodSync(join(dir, 'electron'), 0o755)
  writeFileSync(join(dir, 'version'), '45.4.1')
  writeFileSync(join(dir, 'LICENSE'), 'stand-in\n')
  writeFileSync(join(dir, 'LICENSES.chromium.html'), '<p>stand-in</p>\n')
}

/** Every file the main process can load: the entries and, transitively, the chunks they import. */
function mainClosure(entries) {
  const seen = new Set()
  const todo = [...entries]
  while (todo.length > 0) {
    const file = todo.pop()
    if (seen.has(file)) continue
    seen.add(file)
    const source = readFileSync(file, 'utf8')
    for (const match of source.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g))
      todo.push(resolve(dirname(file), match[1]))
  }
  return [...seen]
}

function filesUnder(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
}

function expectedFiles() {
  const shipped = [
    ...mainClosure([join(out, 'main', 'index.js'), join(out, 'main', 'checkpoint-worker.js')]),
    ...filesUnder(join(out, 'preload')),
    ...filesUnder(join(out, 'renderer')),
    join(root, 'package.json'),
    ...['package.json', 'LICENSE', 'AUTHORS', 'dist/sql-wasm.js', 'dist/sql-wasm.wasm'].map((f) =>
      join(root, 'node_modules', 'sql.js', f),
    ),
  ]
  return new Set(shipped.map((file) => `/${relative(root, file).split('\\').join('/')}`))
}

function archiveFiles(archive) {
  return new Set(
    asar.listPackage(archive, { isPack: false }).filter((path) => {
      const entry = asar.statFile(archive, path.slice(1), false)
      return !('files' in entry)
    }),
  )
}

if (!existsSync(join(out, 'main', 'index.js'))) {
  console.error('package-check: nothing built; run npm run build first.')
  process.exit(2)
}
const work = mkdtempSync(join(tmpdir(), 'levier-package-'))
try {
  const electronDist = join(work, 'electron')
  const output = join(work, 'dist')
  standInElectron(electronDist)
  const built = spawnSync(
    process.execPath,
    [join(root, 'scripts', 'dist-dir.mjs'), `-c.directories.output=${output}`, '--publish=never'],
    { cwd: root, stdio: 'inherit', env: { ...process.env, ELECTRON_DIST: electronDist } },
  )
  if (built.status !== 0) throw new Error(`electron-builder --dir failed (${built.status})`)
  const app = join(output, 'linux-unpacked')
  const archive = join(app, 'resources', 'app.asar')

  const expected = expectedFiles()
  const actual = archiveFiles(archive)
  for (const file of expected)
    if (!actual.has(file)) problems.push(`missing from app.asar: ${file}`)
  for (const file of actual) if (!expected.has(file)) problems.push(`not to be shipped: ${file}`)
  if (existsSync(`${archive}.unpacked`))
    problems.push('files left outside app.asar (app.asar.unpacked), unchecked by its integrity')
  const main = JSON.parse(asar.extractFile(archive, 'package.json').toString()).main
  if (!actual.has(`/${main}`)) problems.push(`package.json's main ${main} is not in app.asar`)
  const wasm = asar.extractFile(archive, 'node_modules/sql.js/dist/sql-wasm.wasm')
  if (wasm.subarray(0, 4).toString('latin1') !== '\0asm') problems.push('sql-wasm.wasm is not wasm')

  const binary = readFileSync(join(app, 'levier'), 'latin1')
  const at = binary.indexOf(SENTINEL) + SENTINEL.length + 2
  const fuses = binary.slice(at, at + FUSES)
  if (fuses !== EXPECTED_FUSES) problems.push(`fuses ${fuses}, expected ${EXPECTED_FUSES}`)
  console.log(`app.asar: ${actual.size} files, as expected: ${problems.length === 0}`)
} catch (error) {
  problems.push(String(error instanceof Error ? error.message : error))
} finally {
  rmSync(work, { recursive: true, force: true })
}
for (const problem of problems) console.error(`package-check: ${problem}`)
process.exit(problems.length === 0 ? 0 : 1)
