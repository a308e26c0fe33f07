/**
 * The host backend's forwarder: the browser's REST adapter calls `/api/hexclave/api/v1/…` on this
 * origin, and this handler sends the request on to the Hexclave API with the admin headers added
 * here, on the server. The browser never sees the key, and being same-origin needs no CORS.
 */
import { hexclaveApi } from '../../../../lib/hexclave-server'

export const dynamic = 'force-dynamic'

const PREFIX = '/api/hexclave'
/** What a browser must not set itself (credentials, hop-by-hop) before the admin headers are added. */
const DROP_REQUEST_HEADER = /^(?:x-hexclave-|x-stack-|host$|connection$|cookie$|content-length$|accept-encoding$)/
/** Hop-by-hop headers, and those fetch already applied (it decoded the body). */
const DROP_RESPONSE_HEADER = /^(?:connection|keep-alive|transfer-encoding|content-encoding|content-length)$/

async function forward(request: Request): Promise<Response> {
  const api = hexclaveApi()
  const url = new URL(request.url)
  const target = `${api.origin}${url.pathname.slice(PREFIX.length)}${url.search}`
  const headers = new Headers()
  request.headers.forEach((value, name) => {
    if (!DROP_REQUEST_HEADER.test(name)) headers.set(name, value)
  })
  for (const [name, value] of Object.entries(api.adminHeaders)) headers.set(name, value)
  const body = request.method === 'GET' || request.method === 'HEAD' ? undefined : await request.arrayBuffer()
  let upstream: Response
  try {
    upstream = await fetch(target, { method: request.method, headers, body, signal: request.signal, cache: 'no-store' })
  } catch {
    return new Response('The Hexclave API is not reachable.', { status: 502, headers: { 'content-type': 'text/plain; charset=utf-8' } })
  }
  const responseHeaders = new Headers()
  upstream.headers.forEach((value, name) => {
    if (!DROP_RESPONSE_HEADER.test(name)) responseHeaders.set(name, value)
  })
  return new Response(upstream.body, { status: upstream.status, statusText: upstream.statusText, headers: responseHeaders })
}

export { forward as GET, forward as POST, forward as DELETE, forward as PATCH }
