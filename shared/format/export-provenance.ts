import { APP_NAME } from '../app-identity'
import type { Language } from '../app-identity'
import { translator } from '../i18n/translate'
import type { CsvHead } from './csv'

/**
 * What produced an export, written at the top of every CSV and on a sheet of every XLSX: a figure
 * copied into a note months later still says which scenario, version, model and baseline made it.
 */
export interface ExportProvenance {
  /** The scenario's name, or the compared scenarios and their reference. */
  readonly scenario: string
  /** The saved version exported, when the scenario is in a workbook. */
  readonly scenarioVersion?: number | undefined
  readonly appVersion: string
  readonly modelVersion: string
  readonly baselineId: string
  /** The baseline's vintage: the date its figures were gathered. */
  readonly baselineVintage: string
  readonly exportedAt: Date
}

/** UTC and to the minute: the same text whatever the reader's time zone. */
function exportDate(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`
}

/**
 * A version as a spreadsheet keeps it: « 2.1.0 » alone is read by LibreOffice Calc as a date
 * (2 January 2000), so versions are written « v2.1.0 ».
 */
export function versionText(version: string): string {
  return version === '' ? '' : `v${version}`
}

/** The provenance as (label, value) pairs in the language, the application first. */
export function provenanceHead(p: ExportProvenance, language: Language): CsvHead {
  const t = translator(language)
  return [
    [APP_NAME, versionText(p.appVersion)],
    [t('export.provenance.scenario'), p.scenario],
    ...(p.scenarioVersion !== undefined
      ? [[t('export.provenance.scenarioVersion'), String(p.scenarioVersion)] as const]
      : []),
    [t('export.provenance.model'), versionText(p.modelVersion)],
    [t('export.provenance.baseline'), `${p.baselineId} (${p.baselineVintage})`],
    [t('export.provenance.exportedAt'), exportDate(p.exportedAt)],
  ]
}
