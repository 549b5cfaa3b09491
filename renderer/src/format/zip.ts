/**
 * A ZIP archive with STORED entries (no compression), enough for the small XML parts of an OOXML
 * file: local headers, central directory and end record (APPNOTE 6.3), UTF-8 names, CRC-32.
 * Pure: builds bytes only, no DOM or Node API.
 */
export interface ZipEntry {
  readonly name: string
  readonly data: Uint8Array
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256)
  for (let n = 0; n < 256; n++) {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    table[n] = c >>> 0
  }
  return table
})()

/** CRC-32 (ISO 3309, reflected polynomial 0xEDB88320), as ZIP and PNG use it. */
export function crc32(data: Uint8Array): number {
  let crc = 0xffffffff
  for (let i = 0; i < data.length; i++)
    crc = (CRC_TABLE[(crc ^ (data[i] as number)) & 0xff] as number) ^ (crc >>> 8)
  return (crc ^ 0xffffffff) >>> 0
}

/** The MS-DOS time and date fields ZIP stores (2-second resolution, years from 1980). */
function dosDateTime(date: Date): { time: number; date: number } {
  const year = Math.min(2107, Math.max(1980, date.getFullYear()))
  return {
    time: (date.getHours() << 11) | (date.getMinutes() << 5) | (date.getSeconds() >> 1),
    date: ((year - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate(),
  }
}

const UTF8_NAMES = 0x0800
const VERSION = 20

export function zipStored(entries: readonly ZipEntry[], modified = new Date()): Uint8Array {
  const encoder = new TextEncoder()
  const stamp = dosDateTime(modified)
  const names = entries.map((e) => encoder.encode(e.name))
  const localSize = entries.reduce(
    (a, e, i) => a + 30 + (names[i] as Uint8Array).length + e.data.length,
    0,
  )
  const centralSize = names.reduce((a, n) => a + 46 + n.length, 0)
  if (entries.length > 0xffff || localSize + centralSize > 0xffffffff)
    throw new RangeError('Too large for a ZIP archive without ZIP64')
  const out = new Uint8Array(localSize + centralSize + 22)
  const view = new DataView(out.buffer)
  let at = 0
  const u16 = (v: number) => {
    view.setUint16(at, v, true)
    at += 2
  }
  const u32 = (v: number) => {
    view.setUint32(at, v >>> 0, true)
    at += 4
  }
  const bytes = (b: Uint8Array) => {
    out.set(b, at)
    at += b.length
  }
  const offsets: number[] = []
  const crcs = entries.map((e) => crc32(e.data))
  entries.forEach((entry, i) => {
    offsets.push(at)
    const name = names[i] as Uint8Array
    u32(0x04034b50)
    u16(VERSION)
    u16(UTF8_NAMES)
    u16(0) // stored
    u16(stamp.time)
    u16(stamp.date)
    u32(crcs[i] as number)
    u32(entry.data.length)
    u32(entry.data.length)
    u16(name.length)
    u16(0)
    bytes(name)
    bytes(entry.data)
  })
  const centralStart = at
  entries.forEach((entry, i) => {
    const name = names[i] as Uint8Array
    u32(0x02014b50)
    u16(VERSION)
    u16(VERSION)
    u16(UTF8_NAMES)
    u16(0)
    u16(stamp.time)
    u16(stamp.date)
    u32(crcs[i] as number)
    u32(entry.data.length)
    u32(entry.data.length)
    u16(name.length)
    u16(0) // extra field
    u16(0) // comment
    u16(0) // disk number
    u16(0) // internal attributes
    u32(0) // external attributes
    u32(offsets[i] as number)
    bytes(name)
  })
  const centralLength = at - centralStart
  u32(0x06054b50)
  u16(0) // this disk
  u16(0) // disk of the central directory
  u16(entries.length)
  u16(entries.length)
  u32(centralLength)
  u32(centralStart)
  u16(0) // comment
  return out
}
