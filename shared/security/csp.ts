/**
 * The one Content Security Policy of the renderer, sent as a header by both hosts and written
 * literally into renderer/index.html as a meta tag (a unit test keeps the two equal), so that the
 * page carries its own policy and a static scanner sees it. No 'unsafe-eval' and no
 * 'wasm-unsafe-eval': sql.js runs in the main side, and the chart bundle is Plotly's basic build
 * (scatter and bar traces, none of the WebGL ones that compile code from strings). 'unsafe-inline'
 * for styles only, because Plotly positions its elements with inline styles.
 */
const DIRECTIVES: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'none'"],
  ['script-src', "'self'"],
  ['style-src', "'self' 'unsafe-inline'"],
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['worker-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
]

/** Directives a browser ignores (and warns about) inside a meta tag; only the header carries them. */
const HEADER_ONLY_DIRECTIVES: ReadonlyArray<readonly [string, string]> = [
  ['frame-ancestors', "'none'"],
]

function serialise(directives: ReadonlyArray<readonly [string, string]>): string {
  return directives.map(([name, value]) => `${name} ${value}`).join('; ')
}

/** The policy as written in the meta tag of renderer/index.html. */
export const CSP_META = serialise(DIRECTIVES)

/** The policy as sent in the Content-Security-Policy response header. */
export const CSP_HEADER = serialise([...DIRECTIVES, ...HEADER_ONLY_DIRECTIVES])

/** Headers every response of either host carries, whatever its content. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CSP_HEADER,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
}
