import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

/**
 * The baseline: a bare node:http server sending the same bytes (and about as many headers) as
 * the app's article page. Run as a child process by the reader benchmark.
 */
const [file, port] = process.argv.slice(2);
const body = readFileSync(file!);
const server = createServer((_request, response) => {
  response.writeHead(200, {
    'content-type': 'text/html; charset=utf-8',
    'content-length': body.length,
    'cache-control': 'public, max-age=60',
    etag: '"baseline"',
    vary: 'Cookie, Accept-Language',
    'content-security-policy': "default-src 'self'",
    'referrer-policy': 'no-referrer',
    'x-content-type-options': 'nosniff',
  });
  response.end(body);
});
server.listen(Number(port), '127.0.0.1', () => process.send?.('ready'));
