import type { SignedInClient, TestApp } from './test-app.js';

/** Small API helpers for tests that walk a translation through its workflow. */
export function api(c: SignedInClient) {
  return {
    get: (path: string) => c.agent.get(path),
    post: (path: string, body: object = {}) =>
      c.agent.post(path).set('x-csrf-token', c.csrf).send(body),
    put: (path: string, body: object) => c.agent.put(path).set('x-csrf-token', c.csrf).send(body),
    delete: (path: string) => c.agent.delete(path).set('x-csrf-token', c.csrf),
  };
}

/** Imports a file as a Russian news source through the API, messages in Russian. */
export function importFile(
  editor: SignedInClient,
  initiativeId: number,
  bytes: Buffer,
  name: string,
) {
  return editor.agent
    .post('/api/v1/sources/import')
    .set('x-csrf-token', editor.csrf)
    .set('accept-language', 'ru')
    .field('initiativeId', String(initiativeId))
    .field('language', 'ru')
    .field('kind', 'news')
    .field('licence', 'unknown')
    .attach('file', bytes, name);
}

export async function createInitiative(
  editor: SignedInClient,
  extra: object = {},
): Promise<number> {
  const res = await api(editor)
    .post('/api/v1/initiatives', {
      nameOriginal: 'Мемориал',
      nameEn: 'Memorial',
      defaultLicence: 'CC-BY-4.0',
      ...extra,
    })
    .expect(201);
  return res.body.id as number;
}

export async function createSource(
  editor: SignedInClient,
  initiativeId: number,
  body: string,
  title: string,
  extra: object = {},
) {
  const res = await api(editor)
    .post('/api/v1/sources', {
      initiativeId,
      language: 'ru',
      kind: 'news',
      title,
      body,
      licence: 'CC-BY-4.0',
      originalUrl: 'https://example.org/original',
      publishedDate: '2021-12-28',
      ...extra,
    })
    .expect(201);
  return res.body as { id: number; version: number };
}

/** Starts a translation and fills every unit with the given texts (title first), returns its id. */
export async function translate(
  translator: SignedInClient,
  sourceId: number,
  texts: string[],
): Promise<number> {
  const started = await api(translator)
    .post(`/api/v1/sources/${sourceId}/translations`, { targetLanguage: 'en' })
    .expect(201);
  const id = started.body.id as number;
  const units = (await api(translator).get(`/api/v1/translations/${id}`).expect(200)).body
    .units as { id: number; version: number }[];
  for (const [i, unit] of units.entries()) {
    await api(translator)
      .put(`/api/v1/translations/${id}/units/${unit.id}`, { text: texts[i], version: unit.version })
      .expect(200);
  }
  return id;
}

export async function submit(translator: SignedInClient, id: number): Promise<void> {
  const { version } = (await api(translator).get(`/api/v1/translations/${id}`).expect(200)).body;
  await api(translator).post(`/api/v1/translations/${id}/submit`, { version }).expect(200);
}

export async function reviewUnits(t: TestApp, reviewer: SignedInClient, id: number) {
  void t;
  return (await api(reviewer).get(`/api/v1/translations/${id}/review`).expect(200)).body.units as {
    id: number;
    status: string;
    version: number;
    text: string;
  }[];
}

/** The translation version `c` reads now: every state change carries it (0 when hidden from c). */
export async function translationVersion(c: SignedInClient, id: number): Promise<number> {
  const res = await api(c).get(`/api/v1/translations/${id}`);
  return (res.body.version as number | undefined) ?? 0;
}

/** Approves every waiting unit at the versions `reviewer` sees, expecting `status`. */
export async function approveAll(t: TestApp, reviewer: SignedInClient, id: number, status = 200) {
  const waiting = await reviewUnits(t, reviewer, id);
  await api(reviewer)
    .post(`/api/v1/translations/${id}/approve-all`, {
      units: Object.fromEntries(waiting.map((u) => [u.id, u.version])),
    })
    .expect(status);
}
