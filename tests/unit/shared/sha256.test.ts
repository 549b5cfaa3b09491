import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { sha256Hex } from '@shared/security/sha256'
import { Prng } from '@shared/model/uncertainty/prng'

/** What the change journal used before: Node's crypto, which hashes a string's UTF-8 bytes. */
const nodeSha = (text: string) => createHash('sha256').update(text).digest('hex')

describe('sha256Hex', () => {
  it('gives the NIST FIPS 180-4 example digests', () => {
    expect(sha256Hex('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    )
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')
  })

  // Journals written before the hash moved to shared code must still verify when replayed.
  it('agrees with Node’s crypto on accents, emoji and lone surrogates', () => {
    for (const text of ['Sécurité sociale', '1\u202f234,5\u00a0Md€', '𝄞 😀', 'a\ud800b', '\udc00'])
      expect(sha256Hex(text), JSON.stringify(text)).toBe(nodeSha(text))
  })

  it('agrees with Node’s crypto at every length around the block and padding boundaries', () => {
    const rng = new Prng(7)
    for (const n of [...Array.from({ length: 140 }, (_, i) => i), 4095, 65_537]) {
      const text = Array.from({ length: n }, () => String.fromCharCode(rng.next() * 0x3000)).join(
        '',
      )
      expect(sha256Hex(text), `length ${n}`).toBe(nodeSha(text))
    }
  })
})
