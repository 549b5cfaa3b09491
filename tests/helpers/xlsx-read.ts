import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/**
 * Reads an XLSX file back with a real client: Python's zipfile (testzip checks every CRC) and
 * ElementTree, independent of our writer. Returns the sheet name, the header cells' style (bold?)
 * and every cell as {t: type attribute, v: value, format: the number format code applied}.
 */
const READER = String.raw`
import json, sys, zipfile
import xml.etree.ElementTree as ET
ns = {'m': 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'}
z = zipfile.ZipFile(sys.argv[1])
bad = z.testzip()
names = z.namelist()
parts = {n: ET.fromstring(z.read(n)) for n in names if n.endswith('.xml') or n.endswith('.rels')}
styles = parts['xl/styles.xml']
formats = {f.get('numFmtId'): f.get('formatCode') for f in styles.iterfind('m:numFmts/m:numFmt', ns)}
fonts = [f.find('m:b', ns) is not None for f in styles.iterfind('m:fonts/m:font', ns)]
xfs = [(formats.get(x.get('numFmtId')), fonts[int(x.get('fontId'))]) for x in styles.iterfind('m:cellXfs/m:xf', ns)]
cells = {}
for c in parts['xl/worksheets/sheet1.xml'].iterfind('m:sheetData/m:row/m:c', ns):
    fmt, bold = xfs[int(c.get('s', '0'))]
    t = c.get('t')
    if t == 'inlineStr':
        v = ''.join(x.text or '' for x in c.iterfind('m:is/m:t', ns))
    else:
        v = float(c.find('m:v', ns).text)
    cells[c.get('r')] = {'t': t, 'v': v, 'format': fmt, 'bold': bold}
sheet = parts['xl/workbook.xml'].find('m:sheets/m:sheet', ns).get('name')
print(json.dumps({'bad': bad, 'names': names, 'sheet': sheet, 'cells': cells}))
`

export interface XlsxCellRead {
  readonly t: string | null
  readonly v: string | number
  readonly format: string | null
  readonly bold: boolean
}

export interface XlsxRead {
  readonly bad: string | null
  readonly names: string[]
  readonly sheet: string
  readonly cells: Record<string, XlsxCellRead>
}

export function readXlsxFile(path: string): XlsxRead {
  return JSON.parse(execFileSync('python3', ['-c', READER, path], { encoding: 'utf8' })) as XlsxRead
}

export function readXlsx(bytes: Uint8Array): XlsxRead & { path: string } {
  const path = join(mkdtempSync(join(tmpdir(), 'levier-xlsx-')), 'book.xlsx')
  writeFileSync(path, bytes)
  return { ...readXlsxFile(path), path }
}
