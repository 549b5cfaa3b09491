// A client in a process of its own (as a real one is: in the host's process the two would share an
// event loop and hide the race), posting a large body in chunks and reading the answer whenever it
// comes. Prints {status, error?, sent, continued} as JSON. Arguments: port, JSON of options.
import { request } from 'node:http'

const port = Number(process.argv[2])
const options = JSON.parse(process.argv[3] ?? '{}')
const chunk = Buffer.alloc(options.chunk ?? 64 * 1024, 0x20)
let status = 0
let sent = 0
let continued = false
const finish = (error) => {
  process.stdout.write(JSON.stringify({ status, sent, continued, ...(error ? { error } : {}) }))
  process.exit(0)
}
const req = request({
  host: '127.0.0.1',
  port,
  method: 'POST',
  path: options.path,
  headers: { 'Content-Length': String(options.bytes), ...options.headers },
})
req.on('response', (res) => {
  status = res.statusCode ?? 0
  res.resume()
  res.on('end', () => finish())
  res.on('error', (error) => finish(error.code ?? error.message))
})
req.on('error', (error) => finish(error.code ?? error.message))
// The whole body, whatever the answer: the harshest client for a server that answers early.
const write = () => {
  while (sent < options.bytes) {
    const part = chunk.subarray(0, Math.min(chunk.length, options.bytes - sent))
    sent += part.length
    if (!req.write(part)) return void req.once('drain', write)
  }
  req.end()
}
if (options.headers?.Expect) {
  req.on('continue', () => {
    continued = true
    write()
  })
  req.flushHeaders()
} else {
  write()
}
