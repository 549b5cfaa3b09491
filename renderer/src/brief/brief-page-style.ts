import type { BriefContent } from '@shared/brief/brief-content'
import { APP_NAME } from '@shared/app-identity'
import { translator } from '../i18n/translate'
import type { BriefOptions } from '@shared/brief/brief-options'

/** A CSS string literal: quotes, backslashes and line breaks escaped, nothing else can break out. */
export function cssString(text: string): string {
  return `"${text
    .replace(/[\\"]/g, '\\$&')
    .replace(/[\r\n\f]+/g, ' ')
    .replace(/</g, '\\3c ')}"`
}

/** The provenance every page carries at its foot: app, model, baseline, scenario and inputs hash. */
export function provenanceLine(content: BriefContent): string {
  const t = translator(content.language)
  const p = content.provenance
  const head = `${APP_NAME} ${p.appVersion} · ${t('brief.label.model')} ${p.modelVersion} · ${t('brief.label.baseline')} ${p.baselineId} (${p.baselineVintage})`
  const only = p.scenarios.length === 1 ? p.scenarios[0] : undefined
  if (only)
    return `${head} · ${t('brief.label.scenario')} ${only.id} v${only.version} · ${t('brief.label.hash')} ${only.inputsHash.slice(0, 16)}`
  return `${head} · ${t('brief.label.scenarioCount', { count: p.scenarios.length })} (${p.scenarios.map((s) => s.inputsHash.slice(0, 8)).join(', ')})`
}

/**
 * The page box of the brief: paper size, margins and the running footer in the margin boxes
 * (Chromium ≥ 131 draws them; Electron's and Debian's do). Injected in a <style> element, which
 * the CSP allows for styles, since the values differ per brief.
 */
export function pageStyle(content: BriefContent, options: BriefOptions): string {
  const t = translator(content.language)
  const size = options.paper === 'Letter' ? 'letter' : 'A4'
  const box = `font-family: 'Brief Source Sans 3', sans-serif; font-size: 7pt; color: #333;`
  return `@page {
  size: ${size} portrait;
  margin: 16mm 16mm 20mm 16mm;
  @bottom-left { content: ${cssString(provenanceLine(content))}; ${box} vertical-align: top; padding-top: 4mm; }
  @bottom-right { content: ${cssString(t('brief.label.page') + ' ')} counter(page) " / " counter(pages); ${box} vertical-align: top; padding-top: 4mm; white-space: nowrap; }
}`
}
