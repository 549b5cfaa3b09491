import type { BriefContent } from '@shared/brief/brief-content'
import type { BriefOptions } from '@shared/brief/brief-options'
import { briefLabels } from './brief-labels'

/** A CSS string literal: quotes, backslashes and line breaks escaped, nothing else can break out. */
export function cssString(text: string): string {
  return `"${text
    .replace(/[\\"]/g, '\\$&')
    .replace(/[\r\n\f]+/g, ' ')
    .replace(/</g, '\\3c ')}"`
}

/** The provenance every page carries at its foot: app, model, baseline, scenario and inputs hash. */
export function provenanceLine(content: BriefContent): string {
  const l = briefLabels(content.language)
  const p = content.provenance
  const head = `${l.app} ${p.appVersion} · ${l.model} ${p.modelVersion} · ${l.baseline} ${p.baselineId} (${p.baselineVintage})`
  const only = p.scenarios.length === 1 ? p.scenarios[0] : undefined
  if (only)
    return `${head} · ${l.scenario} ${only.id} v${only.version} · ${l.hash} ${only.inputsHash.slice(0, 16)}`
  return `${head} · ${p.scenarios.length} ${l.scenarios} (${p.scenarios.map((s) => s.inputsHash.slice(0, 8)).join(', ')})`
}

/**
 * The page box of the brief: paper size, margins and the running footer in the margin boxes
 * (Chromium ≥ 131 draws them; Electron's and Debian's do). Injected in a <style> element, which
 * the CSP allows for styles, since the values differ per brief.
 */
export function pageStyle(content: BriefContent, options: BriefOptions): string {
  const l = briefLabels(content.language)
  const size = options.paper === 'Letter' ? 'letter' : 'A4'
  const box = `font-family: 'Brief Source Sans 3', sans-serif; font-size: 7pt; color: #333;`
  return `@page {
  size: ${size} portrait;
  margin: 16mm 16mm 20mm 16mm;
  @bottom-left { content: ${cssString(provenanceLine(content))}; ${box} vertical-align: top; padding-top: 4mm; }
  @bottom-right { content: ${cssString(l.page + ' ')} counter(page) " / " counter(pages); ${box} vertical-align: top; padding-top: 4mm; white-space: nowrap; }
}`
}
