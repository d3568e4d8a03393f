/** File downloads from the API (CSV, Excel) with Japanese file names. */

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function download(body: Uint8Array, type: string, filename: string): Response {
  // Our bodies are never on a SharedArrayBuffer; the cast lets the DOM lib (the web's type check reaches this file) accept it.
  return new Response(body as Uint8Array<ArrayBuffer>, {
    headers: {
      'content-type': type,
      // RFC 5987 so Japanese file names survive; an ASCII fallback for old clients.
      'content-disposition': `attachment; filename="${filename.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
    },
  });
}
