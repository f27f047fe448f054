import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ContentGeneration } from '../common/content-generation.js';

interface Entry {
  generation: number;
  html: string;
  etag: string;
  lastModified: string;
  bytes: number;
  headers: Record<string, string>;
}

const MAX_BYTES = 32 * 1024 * 1024;

/**
 * Rendered reader pages for anonymous visitors, kept until anything a reader could see changes.
 * Every such change is audited, and each audited commit moves the content generation: cached
 * pages of an older generation are never served, and no change can forget to invalidate.
 */
@Injectable()
export class ReaderPageCache {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;

  constructor(private readonly contentGeneration: ContentGeneration) {}

  /** Only anonymous GETs are shared: anything with a session shows who is signed in. */
  static cacheable(request: FastifyRequest): boolean {
    return (
      request.method === 'GET' &&
      !request.ctx.user &&
      !request.ctx.session &&
      !request.headers.authorization
    );
  }

  key(request: FastifyRequest): string {
    return `${request.ctx.lang}\u0000${request.url}`;
  }

  generation(): number {
    return this.contentGeneration.current;
  }

  /**
   * The fast path, before any routing: a cached page for an anonymous GET goes out at once.
   * Returns false when the request must go through the app (it then fills the cache).
   */
  serve(request: FastifyRequest, reply: FastifyReply): boolean {
    if (!ReaderPageCache.cacheable(request)) return false;
    const entry = this.get(this.key(request), this.generation());
    if (!entry) return false;
    void reply.headers(entry.headers);
    if (notModified(request, entry)) void reply.code(304).send();
    else void reply.send(entry.html);
    return true;
  }

  get(key: string, generation: number): Entry | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.generation !== generation) {
      this.drop(key, entry);
      return undefined;
    }
    // Re-inserting keeps the Map in least-recently-used order.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  set(key: string, generation: number, html: string): Entry {
    const previous = this.entries.get(key);
    if (previous) this.drop(key, previous);
    const etag = `"${createHash('sha256').update(html).digest('base64url').slice(0, 27)}"`;
    const lastModified = new Date().toUTCString();
    const entry: Entry = {
      generation,
      html,
      etag,
      lastModified,
      bytes: Buffer.byteLength(html),
      headers: {
        ...readerHeaders({ etag, lastModified }),
        'content-type': 'text/html; charset=utf-8',
      },
    };
    this.entries.set(key, entry);
    this.bytes += entry.bytes;
    for (const [oldKey, old] of this.entries) {
      if (this.bytes <= MAX_BYTES) break;
      this.drop(oldKey, old);
    }
    return entry;
  }

  private drop(key: string, entry: Entry): void {
    this.entries.delete(key);
    this.bytes -= entry.bytes;
  }
}

export function readerHeaders(entry: {
  etag: string;
  lastModified: string;
}): Record<string, string> {
  return {
    etag: entry.etag,
    'last-modified': entry.lastModified,
    // A reader's own browser may keep a page a minute; a shared cache must ask every time
    // (mostly a 304), so a withdrawn text leaves every proxy and CDN on the next request.
    'cache-control': 'public, max-age=60, s-maxage=0, must-revalidate',
    vary: 'Cookie, Accept-Language',
  };
}

export function notModified(
  request: FastifyRequest,
  entry: { etag: string; lastModified: string },
): boolean {
  const tags = request.headers['if-none-match'];
  if (tags !== undefined)
    return tags.split(',').some((t) => t.trim() === entry.etag || t.trim() === `W/${entry.etag}`);
  const since = request.headers['if-modified-since'];
  return since !== undefined && Date.parse(since) >= Date.parse(entry.lastModified);
}
