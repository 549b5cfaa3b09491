import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js'

/**
 * SHA-256 of a text's UTF-8 bytes (a lone surrogate encoded as U+FFFD, as TextEncoder and Node's
 * crypto do), as 64 lowercase hexadecimal digits. The one hash of the project: the brief's inputs
 * fingerprint and the change journal's record checks. @noble/hashes rather than Web Crypto or
 * node:crypto because shared code runs in the page, the worker and Node alike, and synchronously
 * (Web Crypto's digest is asynchronous; node:crypto is not in the page).
 */
export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)))
}
