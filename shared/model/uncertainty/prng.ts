/**
 * A small, fast, seedable generator (sfc32, seeded through splitmix32) so that a Monte Carlo run
 * with the same seed gives identical results on every machine. Math.random is never used.
 */
/** 2⁻³², to turn a 32-bit word into a uniform. */
const TWO_TO_MINUS_32 = 1 / 4294967296

export class Prng {
  /**
   * sfc32's four words. In a typed array they stay raw 32-bit integers: as object fields, values
   * beyond V8's small-integer range were boxed, and each draw cost about 11 ns instead of 2.
   */
  private readonly state = new Int32Array(4)
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
      return z ^ (z >>> 16)
    }
    const s = this.state
    s[0] = next()
    s[1] = next()
    s[2] = next()
    s[3] = next()
    for (let i = 0; i < 12; i++) this.nextUint32()
  }

  nextUint32(): number {
    const s = this.state
    const a = s[0] as number
    const b = s[1] as number
    const c = s[2] as number
    const d = s[3] as number
    const t = (((a + b) | 0) + d) | 0
    s[3] = (d + 1) | 0
    s[0] = b ^ (b >>> 9)
    s[1] = (c + (c << 3)) | 0
    s[2] = (((c << 21) | (c >>> 11)) + t) | 0
    return t >>> 0
  }

  /**
   * The next `out.length` numbers as uniforms strictly inside (0, 1): (x + ½)·2⁻³² for each 32-bit
   * x (the Monte Carlo draws take one per assumption of the baseline at a time).
   */
  fillOpenUniforms(out: Float64Array): void {
    for (let i = 0; i < out.length; i++) out[i] = (this.nextUint32() + 0.5) * TWO_TO_MINUS_32
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
