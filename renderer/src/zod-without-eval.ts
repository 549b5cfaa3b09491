import { z } from 'zod'

// zod compiles fast parsers with `new Function` when it can. Under our CSP, which allows no eval, even
// its probe for that is reported as a violation, so the renderer runs zod in its interpreted mode.
z.config({ jitless: true })
