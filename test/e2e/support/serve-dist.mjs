#!/usr/bin/env node
// A static server that behaves like GitHub Pages for a project site: it serves a build under a
// sub-path (default /pay-playground/), redirects the bare sub-path to its slash form, serves a
// directory's index.html, and answers anything else with 404.html and status 404.
// Usage: node test/e2e/support/serve-dist.mjs [dist] [prefix] [port]
// The port is the third argument, else the PORT environment variable, else 4173
// (`PORT=8080 npm run preview`). A port that is taken or not a port ends with a message saying so.
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'

const DEFAULT_PORT = 4173

/** Says what went wrong and how to put it right, then exits without a stack trace. */
function stop(message) {
  console.error(message)
  process.exit(1)
}

function chosenPort() {
  const given = process.argv[4] ?? process.env.PORT
  if (given === undefined || given === '') return DEFAULT_PORT
  const port = Number(given)
  if (!/^\d+$/.test(given.trim()) || port < 1 || port > 65535) {
    stop(`PORT must be a whole number from 1 to 65535, not “${given}”. For example: PORT=${DEFAULT_PORT + 1} npm run preview`)
  }
  return port
}

const root = path.resolve(process.argv[2] ?? 'dist')
const prefix = process.argv[3] ?? '/pay-playground/'
const port = chosenPort()

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.yaml': 'text/yaml; charset=utf-8',
}

function fileAt(pathname) {
  const file = path.join(root, pathname.slice(prefix.length))
  if (file !== root && !file.startsWith(root + path.sep)) return undefined
  try {
    const stat = fs.statSync(file)
    if (stat.isDirectory()) return { directory: true, file: path.join(file, 'index.html') }
    return { directory: false, file }
  } catch {
    return undefined
  }
}

const server = http.createServer((request, response) => {
  const send = (status, headers, body) => {
    response.writeHead(status, headers)
    response.end(request.method === 'HEAD' ? undefined : body)
  }
  const notFound = () => {
    const page = path.join(root, '404.html')
    if (fs.existsSync(page)) send(404, { 'Content-Type': TYPES['.html'] }, fs.readFileSync(page))
    else send(404, { 'Content-Type': TYPES['.txt'] }, '404 Not Found\n')
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') return send(405, { Allow: 'GET, HEAD' }, '')
  let url
  let pathname
  try {
    url = new URL(request.url ?? '/', 'http://localhost')
    pathname = decodeURIComponent(url.pathname)
  } catch {
    return send(400, {}, '')
  }
  if (pathname === prefix.slice(0, -1)) return send(301, { Location: prefix + url.search }, '')
  if (!pathname.startsWith(prefix)) return notFound()
  const found = fileAt(pathname)
  if (!found) return notFound()
  if (found.directory && !pathname.endsWith('/')) return send(301, { Location: `${url.pathname}/${url.search}` }, '')
  if (!fs.existsSync(found.file) || !fs.statSync(found.file).isFile()) return notFound()
  const type = TYPES[path.extname(found.file).toLowerCase()] ?? 'application/octet-stream'
  send(200, { 'Content-Type': type, 'Cache-Control': 'max-age=600' }, fs.readFileSync(found.file))
})

server.on('error', (error) => {
  const next = port < 65535 ? port + 1 : DEFAULT_PORT
  if (error.code === 'EADDRINUSE') {
    stop(`Port ${port} is already in use, so the playground cannot be served there.\nStop what is using it, or choose another port with PORT, for example: PORT=${next} npm run preview`)
  }
  if (error.code === 'EACCES') {
    stop(`This user may not serve on port ${port}.\nChoose a port above 1023 with PORT, for example: PORT=${DEFAULT_PORT} npm run preview`)
  }
  stop(`The playground could not be served on port ${port}: ${error.message}`)
})

server.listen(port, '127.0.0.1', () => {
  console.log(`Serving ${root} at http://127.0.0.1:${port}${prefix}`)
})
