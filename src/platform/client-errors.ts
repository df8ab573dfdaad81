import type { ServerType } from '@hono/node-server';
import type { Duplex } from 'node:stream';

const TOO_LARGE_HTML = '<!doctype html><html lang="en"><meta charset="utf-8"><title>Address too long</title>'
  + '<h1>That address is too long</h1><p>The address, with its search terms and filters, is longer than this site accepts (16 KB). '
  + 'Shorten the search or remove some filters and try again.</p><p><a href="/">Go to the homepage</a></p></html>';
const TOO_LARGE_JSON = JSON.stringify({ error: { code: 'too_large', message: 'The request line or headers are longer than 16 KB. Shorten the query.' } });
const BAD_REQUEST_TEXT = 'The request could not be read.';

function answer(socket: Duplex, status: string, type: string, body: string): void {
  socket.end(`HTTP/1.1 ${status}\r\nContent-Type: ${type}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n${body}`);
}

/**
 * Answers requests Node's HTTP parser refuses before the app sees them. Node would send a bare
 * 431 or 400 with no body; an address over 16 KB (a pasted search, a crawler's runaway query)
 * instead gets a page in plain words, or the API's JSON error shape under /api/.
 */
export function explainClientErrors(server: ServerType): void {
  server.on('clientError', (err: NodeJS.ErrnoException & { rawPacket?: Buffer }, socket: Duplex) => {
    if (!socket.writable) return socket.destroy();
    if (err.code === 'HPE_HEADER_OVERFLOW') {
      const api = /^[A-Z]+ \/api\//.test(err.rawPacket?.subarray(0, 64).toString('latin1') ?? '');
      return api
        ? answer(socket, '431 Request Header Fields Too Large', 'application/json; charset=UTF-8', TOO_LARGE_JSON)
        : answer(socket, '431 Request Header Fields Too Large', 'text/html; charset=UTF-8', TOO_LARGE_HTML);
    }
    answer(socket, '400 Bad Request', 'text/plain; charset=UTF-8', BAD_REQUEST_TEXT);
  });
}
