import type { FastifyReply } from 'fastify';
import type { MaterialContent } from '../services/material.service.js';

/**
 * Sends a stored file: 200 whole or 206 with Content-Range for a byte range, inline with its
 * original (Chinese) name, and the SHA-256 as a strong ETag (content never changes under a key).
 */
export function sendContent(reply: FastifyReply, content: MaterialContent, disposition: 'inline' | 'attachment' = 'inline') {
  const { range, size } = content;
  reply.header('accept-ranges', 'bytes');
  reply.header('etag', `"${content.sha256}"`);
  reply.header('cache-control', 'private, max-age=3600');
  reply.header('x-content-type-options', 'nosniff');
  reply.header('content-disposition', `${disposition}; filename*=UTF-8''${encodeURIComponent(content.fileName)}`);
  reply.type(content.mime);
  if (range) {
    reply.status(206);
    reply.header('content-range', `bytes ${range.start}-${range.end}/${size}`);
    reply.header('content-length', range.end - range.start + 1);
  } else {
    reply.header('content-length', size);
  }
  return reply.send(content.stream);
}
