import type { ServerResponse } from 'node:http';
import type { Core } from '../core/api/Core';

/** Keeps proxies and the browser from giving up on a quiet connection. */
export const HEARTBEAT_MS = 15_000;

/**
 * Fans the core's push messages out to every open Server-Sent Events connection: one subscription to the
 * core for the whole host, whatever the number of tabs.
 */
export class EventStreamHub {
  private readonly clients = new Set<ServerResponse>();
  private readonly unsubscribe: () => void;
  private readonly heartbeat: NodeJS.Timeout;

  constructor(core: Core) {
    this.unsubscribe = core.subscribe((topic, message) => {
      this.broadcast(`event: ${topic}\ndata: ${JSON.stringify(message)}\n\n`);
    });
    this.heartbeat = setInterval(() => this.broadcast(': heartbeat\n\n'), HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  open(response: ServerResponse, headers: Record<string, string>): void {
    response.writeHead(200, {
      ...headers,
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    });
    // Sends the headers at once, so the browser's EventSource reports "open" before the first push.
    response.write(': connected\n\n');
    this.clients.add(response);
    response.on('close', () => this.clients.delete(response));
  }

  close(): void {
    clearInterval(this.heartbeat);
    this.unsubscribe();
    for (const client of this.clients) client.end();
    this.clients.clear();
  }

  private broadcast(chunk: string): void {
    for (const client of this.clients) client.write(chunk);
  }
}
