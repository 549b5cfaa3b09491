import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { UPGRADES } from '@shared/model/scenario/scenario-upgrade'
import { MIGRATIONS } from '../../../electron/storage/migrations'

/**
 * Shipped migrations are frozen, as local-first apps freeze theirs: a workbook already migrated by
 * a released Levier never runs its migrations again, so editing one would leave those workbooks
 * with a schema no build creates any more. A change of schema is a new migration. These checksums
 * are what each migration was when it shipped; the test fails on any edit, and on any migration
 * (or scenario upgrade) that has none recorded yet.
 */
const FROZEN_SQL_MIGRATIONS: Readonly<Record<number, string>> = {
  10: '23916b893858b17689c6b3d51b01a6a804b193899b3e90441b502165a3f8b20b',
  11: '168769ce20edcfebe468655741bb6d55ba7e8aed90b568d432fd2c4fe124c309',
}

/**
 * Scenario upgrades are code, not SQL: what is frozen is what each one makes of the version-n
 * documents in tests/fixtures/scenarios (as shipped files would hold them).
 */
const FROZEN_SCENARIO_UPGRADES: Readonly<Record<string, string>> = {
  '1 v1-eu-platform-directive.json':
    'a64e4da12e54071de38480c9117c5989e2566cce3b626206591201b335a60c4b',
  '1 v1-minimal.json': '18736549a4736d45cbef3dbb6dd71aaaff40e50822059c9d77cdd5e2514003e0',
  '2 v2-dst-6-threshold.json': '03c70f4adcc98d8e1f472fb95a65d8a94d82f1bb2239a0405299a3ee3252253f',
  '3 v3-consumer-time-saved.json':
    '48598721c21a098f697a077c243070dd5639e0d1a557e11ee84af9663c0ec21b',
  '3 v3-earmarked-dst-schedule.json':
    '0507b9286b29378c754cd49097668352307c2e5cd60e561ee37b9c3f8c76e48d',
}

const FIXTURES = join(import.meta.dirname, '../../fixtures/scenarios')

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex')
}

/**
 * The migration as SQLite runs it, whatever its indentation: each line trimmed, blank lines
 * dropped. Spaces inside a line (and so inside string literals) count.
 */
function migrationChecksum(version: number, sql: string): string {
  const lines = sql
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
  return sha256(`${version}\n${lines.join('\n')}`)
}

/** What each scenario upgrade makes of each fixture of the version it reads, by fixture. */
function scenarioUpgradeChecksums(): Map<string, string> {
  const sums = new Map<string, string>()
  for (const file of readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const document = JSON.parse(readFileSync(join(FIXTURES, file), 'utf8')) as Record<
      string,
      unknown
    >
    const upgrade = UPGRADES[Number(document.schemaVersion)]
    if (upgrade)
      sums.set(`${document.schemaVersion} ${file}`, sha256(JSON.stringify(upgrade(document))))
  }
  return sums
}

const ADD_INSTEAD =
  'it shipped, so it is frozen: put it back as it was and add a new migration with the next version number instead'

describe('shipped migrations are frozen', () => {
  it('every SQL migration is exactly as it shipped', () => {
    for (const m of MIGRATIONS) {
      const frozen = FROZEN_SQL_MIGRATIONS[m.version]
      expect(
        frozen,
        `Migration ${m.version} (${m.name}) has no recorded checksum: once it ships, record ${migrationChecksum(m.version, m.sql)} in FROZEN_SQL_MIGRATIONS`,
      ).toBeDefined()
      expect(
        migrationChecksum(m.version, m.sql),
        `Migration ${m.version} (${m.name}) was changed: ${ADD_INSTEAD}`,
      ).toBe(frozen)
    }
  })

  it('no shipped migration was removed or renumbered', () => {
    const present = new Set(MIGRATIONS.map((m) => m.version))
    for (const version of Object.keys(FROZEN_SQL_MIGRATIONS).map(Number))
      expect(present.has(version), `Migration ${version} shipped and is gone: ${ADD_INSTEAD}`).toBe(
        true,
      )
  })

  it('every scenario upgrade still makes the same documents of the shipped fixtures', () => {
    const sums = scenarioUpgradeChecksums()
    expect(
      sums.size,
      'each upgrade needs a fixture of the version it reads',
    ).toBeGreaterThanOrEqual(Object.keys(UPGRADES).length)
    for (const version of Object.keys(UPGRADES))
      expect(
        [...sums.keys()].some((key) => key.startsWith(`${version} `)),
        `Scenario upgrade ${version} → ${Number(version) + 1} has no fixture in tests/fixtures/scenarios`,
      ).toBe(true)
    for (const [key, sum] of sums) {
      const frozen = FROZEN_SCENARIO_UPGRADES[key]
      expect(
        frozen,
        `No recorded checksum for the upgrade of ${key}: once it ships, record ${sum} in FROZEN_SCENARIO_UPGRADES`,
      ).toBeDefined()
      expect(
        sum,
        `Scenario upgrade of ${key} now gives another document: ${ADD_INSTEAD.replace('migration', 'scenario upgrade (and schema version)')}`,
      ).toBe(frozen)
    }
  })

  it('the checksum ignores indentation and catches any other edit', () => {
    const sql = `\n      CREATE TABLE t (a TEXT NOT NULL DEFAULT '');\n      CREATE INDEX t_a ON t(a);\n    `
    const sum = migrationChecksum(12, sql)
    expect(migrationChecksum(12, sql.replaceAll('      ', '  '))).toBe(sum)
    expect(migrationChecksum(12, `${sql}\n\n`)).toBe(sum)
    expect(migrationChecksum(12, sql.replace("''", "' '"))).not.toBe(sum)
    expect(migrationChecksum(12, sql.replace('NOT NULL ', ''))).not.toBe(sum)
    expect(migrationChecksum(13, sql)).not.toBe(sum)
  })
})
