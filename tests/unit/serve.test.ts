// The local server (npm start, npm run preview, and the e2e suite's web server) must answer any request target
// with a sensible status and go on serving. A bounded fuzz: a few hundred generated targets, sent as raw bytes
// (no HTTP client's own checks in between), against a small site served at the root and under a sub-path.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticServer } from '../../scripts/serve.mjs';

const SENSIBLE = [200, 301, 302, 304, 400, 404, 405];

/** Sends one raw request; resolves with the status code and Location header (0 if the connection died). */
function rawRequest(port: number, method: string, target: string): Promise<{ status: number; location?: string }> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let data = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk) => (data += chunk));
    const done = () => {
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(data)?.[1] ?? 0);
      const location = /\r\nlocation: ([^\r]*)/i.exec(data)?.[1];
      resolve({ status, location });
    };
    socket.on('end', done);
    socket.on('error', done);
    socket.write(`${method} ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`, 'latin1');
  });
}

/** A small deterministic PRNG (mulberry32), so a failing target can be reproduced. */
function rng(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Request targets: the hand-picked cases from the bug reports, then generated ones. */
function targets(base: string, count: number, seed: number): string[] {
  const fixed = [
    '/',
    base,
    base.replace(/\/$/, ''),
    `${base}timeline`,
    `${base}timeline/`,
    `${base}timeline?x=1`,
    `${base}?a=%`,
    '/?a=%',
    '*',
    '//',
    '//evil.example/',
    `${base}//evil.example/`,
    'http://evil.example/',
    `http://127.0.0.1${base}timeline`,
    '/%',
    '/%zz',
    '/%00',
    `${base}%00`,
    `${base}..%2f..%2fpackage.json`,
    `${base}%2e%2e/%2e%2e/package.json`,
    `${base}../../package.json`,
    `${base}${'a/'.repeat(2000)}`,
    `${base}${'x'.repeat(5000)}`,
    `${base}%ED%A0%80`,
    `${base}%C3%A9`,
  ];
  const next = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!;
  const pieces = [
    'timeline',
    'chapters',
    'sources',
    'x',
    '..',
    '.',
    '',
    '%2e',
    '%2f',
    '%5c',
    '%',
    '%25',
    '%00',
    'é',
    '%C3%A9',
    '~',
    '*',
    ';',
    '@evil',
    'index.html',
    '?q=%',
    '#frag',
    '%ff',
    ' ',
    '\\',
  ];
  const out = [...fixed];
  for (let i = 0; i < count; i++) {
    const depth = Math.floor(next() * 5);
    let path =
      (next() < 0.8 ? base : pick(['/', '//', '', '*', 'http://h', '/other/'])) +
      Array.from({ length: depth }, () => pick(pieces)).join(pick(['/', '//', '']));
    if (next() < 0.3) path += `?${pick(['a=%', 'v=1', 'x=%zz', '', '&&'])}`;
    if (next() < 0.2) path += pick(['/', '//']);
    out.push(path);
  }
  return out;
}

for (const base of ['/', '/projects/scams/']) {
  describe(`the local server under ${base}`, () => {
    let dir: string;
    let port: number;
    let server: ReturnType<typeof createStaticServer>;

    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'stc-serve-'));
      writeFileSync(join(dir, 'index.html'), '<!doctype html><title>home</title>');
      writeFileSync(join(dir, '404.html'), '<!doctype html><title>not found</title>');
      mkdirSync(join(dir, 'timeline'));
      writeFileSync(join(dir, 'timeline', 'index.html'), '<!doctype html><title>timeline</title>');
      server = createStaticServer({ dist: dir, base });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      port = (server.address() as AddressInfo).port;
    });
    afterAll(async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      rmSync(dir, { recursive: true, force: true });
    });

    it('answers a path without its trailing slash with a redirect that keeps the query', async () => {
      expect(await rawRequest(port, 'GET', `${base}timeline?x=1`)).toEqual({
        status: 301,
        location: `${base}timeline/?x=1`,
      });
      expect((await rawRequest(port, 'GET', base)).status).toBe(200);
    });

    it('sends the bare root and the base without its slash to the site', async () => {
      if (base === '/') return;
      for (const target of ['/', base.replace(/\/$/, ''), '/?a=%'])
        expect((await rawRequest(port, 'GET', target)).location, target).toMatch(new RegExp(`^${base}`));
    });

    it('answers a few hundred odd request targets sensibly, never off the site, and keeps serving', async () => {
      const all = targets(base, 300, base.length);
      for (const [i, target] of all.entries()) {
        const method = i % 17 === 0 ? 'POST' : i % 19 === 0 ? 'HEAD' : 'GET';
        const { status, location } = await rawRequest(port, method, target);
        expect(SENSIBLE, `${method} ${JSON.stringify(target)}`).toContain(status);
        if (location !== undefined) {
          // A redirect stays on this host: a path, not `//host` or `http://host`.
          expect(location, `${method} ${JSON.stringify(target)}`).toMatch(/^\/(?!\/)/);
        }
      }
      expect((await rawRequest(port, 'GET', base)).status).toBe(200);
    });
  });
}
