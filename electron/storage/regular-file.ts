import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, statSync } from 'node:fs'
import type { BigIntStats } from 'node:fs'

/** The path names something other than a regular file: a FIFO, a device, a directory… */
export class NotRegularFile extends Error {
  constructor(readonly path: string) {
    super(`${path} is not a regular file`)
  }
}

/** The file is larger than the caller accepts. */
export class FileTooLarge extends Error {
  constructor(
    readonly path: string,
    readonly size: number,
  ) {
    super(`${path} is too large (${size} bytes)`)
  }
}

/**
 * What tells one state of a file from another without reading it: device, inode, size, and the
 * modification and status-change times in nanoseconds. Any write to the file changes the status
 * time, which no user tool can set back; a file put in its place has another inode.
 */
export type FileIdentity = string

function identityOfStats(s: BigIntStats): FileIdentity {
  return [s.dev, s.ino, s.size, s.mtimeNs, s.ctimeNs].join(':')
}

/** The identity of an open file (taken after reading it, so a write during the read shows). */
export function identityOfDescriptor(fd: number): FileIdentity {
  return identityOfStats(fstatSync(fd, { bigint: true }))
}

export function identityOfPath(path: string): FileIdentity | null {
  try {
    return identityOfStats(statSync(path, { bigint: true }))
  } catch {
    return null
  }
}

/**
 * Open for reading without blocking: opening a FIFO with no writer would otherwise wait for one.
 * (Windows has no O_NONBLOCK, and no FIFOs in the file system either.)
 */
function openForReading(path: string): number {
  return openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0))
}

/**
 * The first `limit` bytes (or all, if `whole`) of a regular file. The type and size are checked on
 * the opened descriptor, so the path cannot be swapped for a FIFO or a device between the check and
 * the read; `/dev/zero` (size 0, endless) or a FIFO is refused instead of read. Symbolic links are
 * followed, and their target must be a regular file too.
 */
function readFromRegularFile(
  path: string,
  limit: number,
  whole: boolean,
  roomFor: (size: number) => number = () => 0,
): { bytes: Buffer; identity: FileIdentity } {
  const fd = openForReading(path)
  try {
    const info = fstatSync(fd)
    if (!info.isFile()) throw new NotRegularFile(path)
    if (whole && info.size > limit) throw new FileTooLarge(path, info.size)
    const wanted = Math.min(info.size, limit)
    // The room after the bytes is allocated, not touched: it costs address space only.
    const room = roomFor(wanted)
    const bytes = Buffer.alloc(wanted + room)
    let offset = 0
    while (offset < wanted) {
      const read = readSync(fd, bytes, offset, wanted - offset, offset)
      if (read === 0) break
      offset += read
    }
    return {
      bytes: offset === wanted && room === 0 ? bytes : bytes.subarray(0, offset),
      identity: identityOfDescriptor(fd),
    }
  } finally {
    closeSync(fd)
  }
}

/** A whole regular file of at most `maxBytes`; throws NotRegularFile or FileTooLarge otherwise. */
export function readRegularFile(path: string, maxBytes: number): Buffer {
  return readFromRegularFile(path, maxBytes, true).bytes
}

/**
 * The same, with the file's identity once read (see FileIdentity). The bytes start a buffer of
 * their own, with `roomFor(their length)` bytes after them (see `openDatabase`).
 */
export function readRegularFileAndIdentity(
  path: string,
  maxBytes: number,
  roomFor?: (size: number) => number,
): { bytes: Buffer; identity: FileIdentity } {
  return readFromRegularFile(path, maxBytes, true, roomFor)
}

/** The first bytes of a regular file (for recognising our own files by their content). */
export function readHead(path: string, bytes: number): Buffer {
  return readFromRegularFile(path, bytes, false).bytes
}

/**
 * What `holdsExactly` reads into, a MiB at a time: one buffer for the process's life, so that each
 * save's read-back touches no fresh memory.
 */
let readBackChunk: Buffer | null = null

/**
 * Whether the regular file at `path` holds exactly `bytes`, read back a MiB at a time into one
 * buffer. A workbook of hundreds of MB is checked without a copy of its size in memory: reading it
 * whole and copying both sides to compare them made a checkpoint of a 269 MB workbook take 7–8 s
 * instead of 3.5–5 s, most of it spent faulting in fresh pages.
 */
export function holdsExactly(path: string, bytes: Uint8Array): boolean {
  const fd = openForReading(path)
  try {
    const info = fstatSync(fd)
    if (!info.isFile() || info.size !== bytes.length) return false
    const expected = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    readBackChunk ??= Buffer.allocUnsafe(1024 * 1024)
    const chunk = readBackChunk
    let offset = 0
    while (offset < bytes.length) {
      const read = readSync(fd, chunk, 0, Math.min(chunk.length, bytes.length - offset), offset)
      if (read === 0) return false
      if (chunk.compare(expected, offset, offset + read, 0, read) !== 0) return false
      offset += read
    }
    // Nothing past the end either: the file may have grown since it was measured.
    return readSync(fd, chunk, 0, 1, offset) === 0
  } finally {
    closeSync(fd)
  }
}

/**
 * Whether anything (file, dangling link, FIFO…) has that name: `existsSync` follows links. A name
 * that cannot be looked up (too long, invalid) is free as far as this goes: creating it then fails
 * with its own clear error.
 */
export function pathTaken(path: string): boolean {
  try {
    lstatSync(path)
    return true
  } catch {
    return false
  }
}

const PLAIN_REASONS: Record<string, string> = {
  ENAMETOOLONG: 'the name is too long',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the disk is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is exceeded',
  ENOENT: 'the folder does not exist',
  ENOTDIR: 'part of the path is not a folder',
  EISDIR: 'it is a folder',
  EEXIST: 'a file with that name already exists',
  ERR_INVALID_ARG_VALUE: 'the name holds a character no file name may hold',
  ERR_INVALID_ARG_TYPE: 'the name holds a character no file name may hold',
}

/**
 * A file-system error said plainly, without the internal paths and system-call names Node puts in
 * its messages (the caller names the user's file itself).
 */
export function plainReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code
  if (code && PLAIN_REASONS[code]) return PLAIN_REASONS[code]
  if (error instanceof NotRegularFile) return 'it is not a regular file'
  if (code) return `system error ${code}`
  return error instanceof Error ? error.message : 'unexpected error'
}
