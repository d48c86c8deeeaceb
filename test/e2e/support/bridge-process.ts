// Starts `npm run bridge` for a test (the real program, on a port of its own) and reads the pairing
// link it prints; clients outside the browser then call it: Node's http, curl and Python.
import { execFile, spawn, type ChildProcess } from 'node:child_process'
import http from 'node:http'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'

const projectRoot = fileURLToPath(new URL('../../..', import.meta.url))

export interface RunningBridge {
  url: string
  pairingLink: string
  output: () => string
  stop: () => Promise<void>
}

export async function startBridge(port: number, playgroundUrl: string): Promise<RunningBridge> {
  const child: ChildProcess = spawn(process.execPath, ['src/bridge/run.mjs', '--port', String(port), '--playground', playgroundUrl], {
    cwd: projectRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const pairingLink = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The bridge did not start:\n${output}`)), 60_000)
    child.stdout!.on('data', () => {
      const link = /(http\S+#\/bridge\?\S+)/.exec(output)?.[1]
      if (link) {
        clearTimeout(timer)
        resolve(link)
      }
    })
    child.once('exit', (code) => reject(new Error(`The bridge stopped with code ${code}:\n${output}`)))
  })
  return {
    url: `http://127.0.0.1:${port}`,
    pairingLink,
    output: () => output,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
      }),
  }
}

export interface ClientAnswer {
  status: number
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the API's JSON, read by each test
  body: any
  location?: string
}

const parse = (text: string) => (text === '' ? undefined : JSON.parse(text))

/** A request from Node's own http module. */
export function nodeHttp(url: string, method: string, key: string, body?: unknown): Promise<ClientAnswer> {
  return new Promise((resolve, reject) => {
    const text = body === undefined ? undefined : JSON.stringify(body)
    const request = http.request(url, { method, headers: { Authorization: `Bearer ${key}`, Accept: 'application/json', ...(text ? { 'Content-Type': 'application/json' } : {}) } }, (response) => {
      let received = ''
      response.on('data', (chunk: Buffer) => (received += chunk.toString()))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: parse(received), location: response.headers.location }))
    })
    request.on('error', reject)
    request.end(text)
  })
}

/** A request made by curl, the command a learner would paste. */
export async function curl(url: string, method: string, key: string, body?: unknown): Promise<ClientAnswer> {
  const args = ['-s', '-X', method, '-H', `Authorization: Bearer ${key}`, '-H', 'Accept: application/json', '-w', '\n%{http_code}']
  if (body !== undefined) args.push('-H', 'Content-Type: application/json', '-d', JSON.stringify(body))
  const { stdout } = await promisify(execFile)('curl', [...args, url])
  const cut = stdout.lastIndexOf('\n')
  return { status: Number(stdout.slice(cut + 1)), body: parse(stdout.slice(0, cut)) }
}

/** A request from Python's http.client, as a back end in Python would make it. */
export async function python(url: string, method: string, key: string, body?: unknown): Promise<ClientAnswer> {
  const script = `
import http.client, json, sys, urllib.parse
url = urllib.parse.urlsplit(sys.argv[1])
connection = http.client.HTTPConnection(url.hostname, url.port)
body = sys.argv[4] if len(sys.argv) > 4 else None
headers = {"Authorization": "Bearer " + sys.argv[3], "Accept": "application/json"}
if body is not None:
    headers["Content-Type"] = "application/json"
connection.request(sys.argv[2], url.path + ("?" + url.query if url.query else ""), body=body, headers=headers)
response = connection.getresponse()
print(json.dumps({"status": response.status, "text": response.read().decode("utf-8")}))
`
  const args = ['-c', script, url, method, key, ...(body === undefined ? [] : [JSON.stringify(body)])]
  const { stdout } = await promisify(execFile)('python3', args)
  const { status, text } = JSON.parse(stdout) as { status: number; text: string }
  return { status, body: parse(text) }
}
