import type { Language } from '@shared/app-identity'

/**
 * CSV as each language's spreadsheet expects it: French Excel reads `;` between fields and a
 * decimal comma, English `,` and a decimal point. A byte-order mark tells Excel it is UTF-8.
 */
export function toCsv(
  rows: ReadonlyArray<ReadonlyArray<string | number>>,
  language: Language,
): string {
  const separator = language === 'fr' ? ';' : ','
  const cell = (value: string | number) => {
    const text =
      typeof value === 'number'
        ? Number.isFinite(value)
          ? language === 'fr'
            ? String(value).replace('.', ',')
            : String(value)
          : ''
        : value
    return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
  }
  return `\ufeff${rows.map((row) => row.map(cell).join(separator)).join('\r\n')}\r\n`
}
