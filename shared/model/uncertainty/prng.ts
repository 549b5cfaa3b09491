/**
 * A small, fast, seedable generator (sfc32, seeded through splitmix32) so that a Monte Carlo run
 * with the same seed gives identical results on every machine. Math.random is never used.
 */
export class Prng {
  private a = 0
  private b = 0
  private c = 0
  private d = 0
  private spareNormal: number | null = null

  constructor(seed: number) {
    this.reseed(seed)
  }

  /** Start again from `seed`, as a new generator would (without allocating one). */
  reseed(seed: number): void {
    this.spareNormal = null
    let state = seed >>> 0
    const next = () => {
      state = (state + 0x9e3779b9) >>> 0
      let z = state
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b)
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35)
      return (z ^ (z >>> 16)) >>> 0
    }
    this.a = next()
    this.b = next()
    this.c = next()
    this.d = next()
    for (let i = 0; i < 12; i++) this.nextUint32()
  }

  nextUint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0
    this.d = (this.d + 1) | 0
    this.a = this.b ^ (this.b >>> 9)
    this.b = (this.c + (this.c << 3)) | 0
    this.c = (this.c << 21) | (this.c >>> 11)
    this.c = (this.c + t) | 0
    return t >>> 0
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.nextUint32() / 4294967296
  }

  /** Standard normal, by the polar Box–Muller method. */
  nextNormal(): number {
    if (this.spareNormal !== null) {
      const spare = this.spareNormal
      this.spareNormal = null
      return spare
    }
    for (;;) {
      const u = this.next() * 2 - 1
      const v = this.next() * 2 - 1
      const s = u * u + v * v
      if (s >= 1 || s === 0) continue
      const factor = Math.sqrt((-2 * Math.log(s)) / s)
      this.spareNormal = v * factor
      return u * factor
    }
  }
}

/** A bijective 32-bit mixer with strong avalanche (Wellons' lowbias32): nearby inputs land far apart. */
export function mix32(x: number): number {
  let z = x >>> 0
  z ^= z >>> 16
  z = Math.imul(z, 0x21f0aaad)
  z ^= z >>> 15
  z = Math.imul(z, 0x735a2d97)
  z ^= z >>> 15
  return z >>> 0
}
