import { PATH_METADATA, METHOD_METADATA } from '@nestjs/common/constants.js';
import { RequestMethod } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { PUBLIC_ROUTE, REQUIRED_ROLES } from '../../src/auth/access.decorators.js';
import type { Role } from '../../src/common/roles.js';
import { startTestApp, type SignedInClient, type TestApp } from '../support/test-app.js';
import { api, createInitiative, createSource, translate } from '../support/workflow.js';
import { recordFigure } from './figures.js';

// Every operation of the OpenAPI document, called by every kind of caller on objects someone
// else owns. What each route demands is read from its @Public/@Roles metadata, so a new route
// is covered without editing this file; "allowed" means a 2xx or a redirect that is not the
// sign-in page.
let t: TestApp;
let owner: SignedInClient;
let editor: SignedInClient;
const callers: {
  name: string;
  roles: Role[];
  client: SignedInClient | null;
  unrelated: boolean;
}[] = [];
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await startTestApp({ API_RATE_LIMIT_PER_MINUTE: '1000000' });
  editor = await t.signIn(await t.createUser('matrix-editor', ['editor']));
  owner = await t.signIn(await t.createUser('matrix-owner', ['translator', 'reviewer'], ['ru>en']));
  const initiativeId = await createInitiative(editor);
  const source = await createSource(
    editor,
    initiativeId,
    'Суд оштрафовал активистку. Она обжаловала.',
    'Дело',
  );
  const translationId = await translate(owner, source.id, [
    'The court fined an activist.',
    'She appealed.',
  ]);
  const detail = (await api(owner).get(`/api/v1/translations/${translationId}`).expect(200)).body;
  const comment = await api(owner).post(`/api/v1/translations/${translationId}/comments`, {
    body: 'Черновик: проверить.',
    unitId: detail.units[0].id,
  });
  const token = await api(owner).post('/api/v1/tokens', { name: 'owner token' });
  expect([comment.status, token.status]).toEqual([201, 201]);
  Object.assign(ids, {
    translations: String(translationId),
    unitId: String(detail.units[0].id),
    sources: String(source.id),
    initiatives: String(initiativeId),
    comments: String(comment.body.id),
    tokens: String(token.body.id),
  });
  callers.push(
    { name: 'anonymous', roles: [], client: null, unrelated: true },
    {
      name: 'unrelated translator',
      roles: ['translator'],
      client: await t.signIn(await t.createUser('matrix-translator', ['translator'], ['en>ru'])),
      unrelated: true,
    },
    {
      name: 'unrelated reviewer',
      roles: ['reviewer'],
      client: await t.signIn(await t.createUser('matrix-reviewer', ['reviewer'], ['en>ru'])),
      unrelated: true,
    },
    {
      name: 'editor',
      roles: ['editor'],
      client: await t.signIn(await t.createUser('matrix-editor-2', ['editor'])),
      unrelated: false,
    },
    {
      name: 'admin',
      roles: ['admin'],
      client: await t.signIn(await t.createUser('matrix-admin', ['admin'])),
      unrelated: false,
    },
  );
});
afterAll(async () => t.close());

interface RouteAccess {
  isPublic: boolean;
  roles: Role[];
}

/** `GET /api/v1/x/{id}` → what the route's decorators demand. */
function routeAccess(): Map<string, RouteAccess> {
  const access = new Map<string, RouteAccess>();
  for (const module of t.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const type = wrapper.metatype as (new (...args: never[]) => unknown) | null;
      if (!type) continue;
      const base = ([] as string[]).concat(Reflect.getMetadata(PATH_METADATA, type) ?? '')[0] ?? '';
      for (const name of Object.getOwnPropertyNames(type.prototype)) {
        const handler = type.prototype[name];
        const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        if (method === undefined || typeof handler !== 'function') continue;
        for (const path of ([] as string[]).concat(
          Reflect.getMetadata(PATH_METADATA, handler) ?? '',
        )) {
          const full = `/${base}/${path}`
            .replace(/\/+/g, '/')
            .replace(/(.)\/$/, '$1')
            .replace(/:(\w+)/g, '{$1}');
          access.set(`${RequestMethod[method]} ${full}`, {
            isPublic:
              Reflect.getMetadata(PUBLIC_ROUTE, handler) ??
              Reflect.getMetadata(PUBLIC_ROUTE, type) ??
              false,
            roles:
              Reflect.getMetadata(REQUIRED_ROLES, handler) ??
              Reflect.getMetadata(REQUIRED_ROLES, type) ??
              [],
          });
        }
      }
    }
  }
  return access;
}

/** Fills `{id}` with an object the owner holds, chosen by the segment before it. */
function concrete(path: string): string {
  return path.replace(/\/([\w-]+)\/\{(\w+)\}/g, (_all, segment: string, param: string) => {
    if (param === 'id') return `/${segment}/${ids[segment] ?? '1'}`;
    if (param === 'unitId') return `/${segment}/${ids.unitId}`;
    return `/${segment}/${/Id$|number|version|revision/.test(param) ? '1' : 'x'}`;
  });
}

// Routes that end the caller's own session or account go last, so they do not hide the rest.
const LAST = /sign-out|logout|account\/delete/;
// Objects of someone else's draft: an unrelated contributor must not read or change them.
const OWNED = /\/(translations|comments|tokens)\/\{id\}/;

it('allows no caller what the route does not grant, and answers nothing with a 5xx', async () => {
  const doc = (await t.client().get('/api/docs-json').expect(200)).body as {
    paths: Record<string, Record<string, unknown>>;
  };
  const access = routeAccess();
  const operations = Object.entries(doc.paths)
    .flatMap(([path, ops]) =>
      Object.keys(ops).map((method) => ({ method: method.toUpperCase(), path })),
    )
    .sort((a, b) => Number(LAST.test(a.path)) - Number(LAST.test(b.path)));
  const unexpected: string[] = [];
  const fivexx: string[] = [];
  const undocumented: string[] = [];
  let calls = 0;
  let allowedCalls = 0;
  for (const caller of callers) {
    for (const { method, path } of operations) {
      const rule = access.get(`${method} ${path}`);
      if (!rule) {
        if (caller.name === 'anonymous') undocumented.push(`${method} ${path}`);
        continue;
      }
      const url = concrete(path);
      const agent = caller.client?.agent ?? t.client();
      let request = agent[method.toLowerCase() as 'get' | 'post' | 'put' | 'delete' | 'patch'](url);
      if (caller.client) request = request.set('x-csrf-token', caller.client.csrf);
      const response = method === 'GET' ? await request : await request.send({});
      calls++;
      const location = String(response.headers.location ?? '');
      const allowed =
        (response.status >= 200 && response.status < 300) ||
        (response.status >= 300 && response.status < 400 && !location.startsWith('/sign-in'));
      if (response.status >= 500)
        fivexx.push(`${caller.name} ${method} ${url}: ${response.status}`);
      if (allowed) allowedCalls++;
      if (!allowed || (rule.isPublic && rule.roles.length === 0)) continue;
      const lacksRole =
        caller.client === null ||
        (rule.roles.length > 0 && !rule.roles.some((r) => caller.roles.includes(r)));
      const othersDraft = caller.unrelated && OWNED.test(path);
      if (lacksRole || othersDraft)
        unexpected.push(`${caller.name} ${method} ${url}: ${response.status}`);
    }
  }
  recordFigure({
    check: 'route × role matrix: unexpected allows',
    tried: calls,
    failed: unexpected.length,
    detail: `${operations.length} operations × ${callers.length} callers`,
  });
  recordFigure({ check: 'route × role matrix: 5xx', tried: calls, failed: fivexx.length });
  // The oracle is not vacuous: the callers entitled to routes do get through.
  expect(allowedCalls).toBeGreaterThan(100);
  expect(undocumented).toEqual([]);
  expect(fivexx).toEqual([]);
  expect(unexpected).toEqual([]);
});
