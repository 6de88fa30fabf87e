// What keeps the local page local: the bind address, the per-run token in every URL, and the Host
// and Origin headers (another web page open in the same browser must not reach the server: a
// DNS-rebinding page sends its own Host, a cross-site form or fetch its own Origin).

import { randomBytes, timingSafeEqual } from 'node:crypto';
import { isIP } from 'node:net';
import { hostname, networkInterfaces } from 'node:os';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { defined } from '../util/defined.js';

/** 127.0.0.0/8, ::1, localhost: the only addresses bound without --allow-remote. */
export function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (h === 'localhost' || h === '::1') return true;
  if (isIP(h) === 4) return h.startsWith('127.');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(h);
  return mapped?.[1]?.startsWith('127.') ?? false;
}

export function newToken(): string {
  return randomBytes(24).toString('base64url');
}

export function sameToken(given: string, token: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

const UNSPECIFIED = new Set(['0.0.0.0', '::', '[::]']);

/** The machine's own addresses and name: what a request to a server bound to 0.0.0.0 or :: may name. */
function ownNames(): string[] {
  const addresses = Object.values(networkInterfaces()).flatMap((list) => (list ?? []).map((a) => a.address));
  return [hostname(), ...addresses];
}

/** The `host:port` values a request may name: loopback names, plus the bound host (or for 0.0.0.0 / ::, the machine's addresses) when remote access was asked for. */
export function allowedHosts(bound: string, port: number): Set<string> {
  const names = new Set(['127.0.0.1', 'localhost', '[::1]']);
  const extra = isLoopback(bound) ? [] : UNSPECIFIED.has(bound) ? ownNames() : [bound];
  for (const n of extra) names.add(isIP(n) === 6 ? `[${n.toLowerCase()}]` : n.toLowerCase());
  return new Set([...names].map((n) => `${n}:${port}`));
}

/** The address to print for a bound host: for 0.0.0.0 / ::, the machine's first external IPv4 address. */
export function shownHost(bound: string): string {
  if (UNSPECIFIED.has(bound)) {
    const external = Object.values(networkInterfaces())
      .flatMap((l) => l ?? [])
      .find((a) => a.family === 'IPv4' && !a.internal);
    return external?.address ?? '127.0.0.1';
  }
  return bound.includes(':') && !bound.startsWith('[') ? `[${bound}]` : bound;
}

export type Refusal = 'host' | 'origin' | 'token' | undefined;

/** Why a request is refused (403), or undefined. A `Sec-Fetch-Site` other than same-origin or none is refused like a foreign Origin. */
export function refusal(req: IncomingMessage, hosts: Set<string>): Refusal {
  const host = (req.headers.host ?? '').toLowerCase();
  if (!hosts.has(host)) return 'host';
  const origin = req.headers.origin;
  if (origin !== undefined) {
    const m = /^http:\/\/(.+)$/i.exec(origin);
    if (!m || !hosts.has(defined(m[1]).toLowerCase())) return 'origin';
  }
  // Browsers say where a request comes from: only the page itself ('same-origin') or the user ('none', a typed or opened URL).
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return 'origin';
  return undefined;
}

/** The page loads only its own files: no inline script or style, no other origin, no framing. */
export const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join('; ');

export function securityHeaders(res: ServerResponse): void {
  res.setHeader('Content-Security-Policy', CSP);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Cache-Control', 'no-store');
}
