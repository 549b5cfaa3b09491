/** Offer a URL (object or data URL) as a file download named `fileName`. */
export function downloadUrl(fileName: string, url: string): void {
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.click()
}

/** Offer text or bytes as a file download. */
export function download(fileName: string, content: string | Uint8Array, type: string): void {
  const url = URL.createObjectURL(new Blob([content as BlobPart], { type }))
  downloadUrl(fileName, url)
  URL.revokeObjectURL(url)
}

/** A name usable as a file name on every system: no path separators or reserved characters. */
export function safeFileName(name: string): string {
  const printable = [...name].map((c) => (c.charCodeAt(0) < 32 ? '_' : c)).join('')
  return printable.replace(/[\\/:*?"<>|]+/g, '_').trim() || 'levier'
}
