import type { BriefTable } from '@shared/brief/brief-content'

/** Columns padded to their widest cell, so a table reads in a terminal as it does in the app. */
export function textTable(table: BriefTable): string {
  const lines = [table.headers, ...table.rows.map((r) => [r.label, ...r.cells])]
  const widths = table.headers.map((_h, k) =>
    Math.max(...lines.map((cells) => [...(cells[k] ?? '')].length)),
  )
  return lines
    .map((cells) =>
      cells
        .map((cell, k) => cell.padEnd(k === cells.length - 1 ? 0 : (widths[k] ?? 0)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n')
}
