// Checking a webhook message's Pay-Signature in a receiving application: the HMAC-SHA256 of the
// exact bytes received, keyed with the signing secret, compared in constant time. One example for
// each language a team is likely to use; the secret is read from PAY_WEBHOOK_SECRET.

export interface SignatureSnippet {
  language: string
  code: string
}

const NODE = `// Node.js with Express: read the body as raw bytes, so the check runs on exactly what was sent.
const crypto = require('node:crypto')
const express = require('express')

const signingSecret = process.env.PAY_WEBHOOK_SECRET
const app = express()

app.post('/webhooks', express.raw({ type: 'application/json' }), (req, res) => {
  const expected = crypto.createHmac('sha256', signingSecret).update(req.body).digest('hex')
  const received = req.get('Pay-Signature') ?? ''
  const genuine = received.length === expected.length && crypto.timingSafeEqual(Buffer.from(received), Buffer.from(expected))
  if (!genuine) return res.sendStatus(400)
  res.sendStatus(200) // answer at once; work on the message afterwards
  const message = JSON.parse(req.body.toString('utf8'))
  console.log(message.event_type, message.resource_id)
})

app.listen(3000)
`

const PYTHON = `# Python with Flask: get_data() is the body exactly as received.
import hashlib
import hmac
import os

from flask import Flask, request

SIGNING_SECRET = os.environ["PAY_WEBHOOK_SECRET"].encode("utf-8")
app = Flask(__name__)


@app.post("/webhooks")
def pay_webhook():
    body = request.get_data()
    expected = hmac.new(SIGNING_SECRET, body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, request.headers.get("Pay-Signature", "")):
        return "", 400
    message = request.get_json()
    print(message["event_type"], message["resource_id"])
    return "", 200
`

const RUBY = `# Ruby with Sinatra: read the body once, as bytes, before parsing it.
require "json"
require "openssl"
require "sinatra"

SIGNING_SECRET = ENV.fetch("PAY_WEBHOOK_SECRET")

post "/webhooks" do
  body = request.body.read
  expected = OpenSSL::HMAC.hexdigest("SHA256", SIGNING_SECRET, body)
  halt 400 unless Rack::Utils.secure_compare(expected, request.env["HTTP_PAY_SIGNATURE"].to_s)
  message = JSON.parse(body)
  puts "#{message["event_type"]} #{message["resource_id"]}"
  status 200
end
`

const JAVA = `// Java 17 or later: pass the request body as the bytes received, before any parsing.
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

public final class PaySignatureCheck {
    private final SecretKeySpec key;

    public PaySignatureCheck(String signingSecret) {
        this.key = new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public boolean isGenuine(byte[] body, String paySignatureHeader) throws Exception {
        Mac hmac = Mac.getInstance("HmacSHA256");
        hmac.init(key);
        byte[] expected = HexFormat.of().formatHex(hmac.doFinal(body)).getBytes(StandardCharsets.US_ASCII);
        byte[] received = (paySignatureHeader == null ? "" : paySignatureHeader).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, received);
    }
}
`

export const SIGNATURE_SNIPPETS: readonly SignatureSnippet[] = [
  { language: 'Node.js', code: NODE },
  { language: 'Python', code: PYTHON },
  { language: 'Ruby', code: RUBY },
  { language: 'Java', code: JAVA },
]
