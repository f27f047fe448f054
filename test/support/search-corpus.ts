import { DataSource } from 'typeorm';
import { expect } from 'vitest';
import { startTestApp, type SignedInClient, type TestApp } from './test-app.js';
import {
  api,
  createInitiative,
  createSource,
  reviewUnits,
  submit,
  translationVersion,
} from './workflow.js';

export interface ApiHit {
  kind: string;
  title: string;
  url: string;
  language: string;
  snippet: string;
  date: string | null;
}

export interface SearchAnswer {
  results: ApiHit[];
  total: number;
  message?: string;
}

export interface CorpusText {
  key: string;
  initiativeId: number;
  sourceLanguage: 'ru' | 'en';
  title: string;
  body: string;
  texts: string[];
  tags?: string[];
  publishedDate?: string;
}

export interface SearchCorpus {
  t: TestApp;
  editor: SignedInClient;
  translator: SignedInClient;
  reviewer: SignedInClient;
  memorialId: number;
  ovdId: number;
  /** Reader URLs of published texts, by key. */
  urls: Record<string, string>;
  /** Translation ids of approved texts, by key. */
  translations: Record<string, number>;
  db(): DataSource;
  /** Walks a text through the real workflow up to publication. */
  published(input: CorpusText): Promise<void>;
  search(params: Record<string, string>): Promise<SearchAnswer>;
  /** The URLs of the results, in order. */
  found(params: Record<string, string>): Promise<string[]>;
}

/**
 * Boots the app with three published texts (two initiatives, both languages, tags and dates),
 * a draft and an approved but unpublished translation: the corpus the search tests query.
 */
export async function startSearchCorpus(): Promise<SearchCorpus> {
  const t = await startTestApp();
  const editor = await t.signIn(await t.createUser('lipa', ['editor']));
  const translator = await t.signIn(await t.createUser('lastochka', ['translator']));
  const reviewer = await t.signIn(await t.createUser('sova', ['reviewer']));
  const urls: Record<string, string> = {};
  const translations: Record<string, number> = {};

  async function draft(sourceId: number, targetLanguage: string, texts: string[]) {
    const started = await api(translator)
      .post(`/api/v1/sources/${sourceId}/translations`, { targetLanguage })
      .expect(201);
    const id = started.body.id as number;
    const units = (await api(translator).get(`/api/v1/translations/${id}`).expect(200)).body
      .units as { id: number; version: number }[];
    expect(units).toHaveLength(texts.length);
    for (const [i, unit] of units.entries()) {
      await api(translator)
        .put(`/api/v1/translations/${id}/units/${unit.id}`, {
          text: texts[i],
          version: unit.version,
        })
        .expect(200);
    }
    return id;
  }

  /** Walks a text through the real workflow up to approval; returns the translation id. */
  async function approved(input: CorpusText): Promise<number> {
    const source = await createSource(editor, input.initiativeId, input.body, input.title, {
      language: input.sourceLanguage,
      tags: input.tags ?? [],
      publishedDate: input.publishedDate ?? '2021-12-28',
    });
    const id = await draft(source.id, input.sourceLanguage === 'ru' ? 'en' : 'ru', input.texts);
    await submit(translator, id);
    const units = await reviewUnits(t, reviewer, id);
    await api(reviewer)
      .post(`/api/v1/translations/${id}/approve-all`, {
        units: Object.fromEntries(units.map((u) => [u.id, u.version])),
      })
      .expect(200);
    translations[input.key] = id;
    return id;
  }

  async function published(input: CorpusText): Promise<void> {
    const id = await approved(input);
    const res = await api(editor)
      .post(`/api/v1/translations/${id}/publish`, { version: await translationVersion(editor, id) })
      .expect(201);
    urls[input.key] = res.body.url as string;
  }

  const search = async (params: Record<string, string>) => {
    const res = await t.client().get('/api/v1/search').query(params).expect(200);
    return res.body as SearchAnswer;
  };

  const memorialId = await createInitiative(editor);
  const ovdId = await createInitiative(editor, { nameOriginal: 'ОВД-Инфо', nameEn: 'OVD-Info' });

  await published({
    key: 'liquidated',
    initiativeId: memorialId,
    sourceLanguage: 'ru',
    title: 'Ликвидация Мемориала',
    body: 'Суд ликвидировал Мемориал, основанный в 1989 году.\n\nОрганизация подала апелляцию.',
    texts: [
      'Memorial liquidated',
      'The Supreme Court liquidated Memorial, founded in 1989.',
      'The organisation filed an appeal against the decision.',
    ],
    tags: ['memorial'],
    publishedDate: '2021-12-28',
  });
  await published({
    key: 'court',
    initiativeId: ovdId,
    sourceLanguage: 'en',
    title: 'Navalny in court',
    body:
      'Alexei Navalny appeared in court, as in 1989.\n\nThe organisation supports him.\n\n' +
      'A fir tree stood outside, next to <script>alert(1)</script> & quotes.',
    texts: [
      'Навальный в суде',
      'Алексей Навальный предстал перед судом, как в 1989 году.',
      'Организация поддерживает его.',
      'Перед зданием стояла елка, а рядом — <script>alert(1)</script> & «кавычки».',
    ],
    tags: ['courts'],
    publishedDate: '2022-03-15',
  });
  await published({
    key: 'appeal',
    initiativeId: ovdId,
    sourceLanguage: 'ru',
    title: 'Обращение к читателям',
    body: 'Мы просим о поддержке с 1989 года.',
    texts: ['Appeal to readers', 'We have asked for support since 1989.'],
    tags: ['courts'],
    publishedDate: '2023-05-01',
  });
  // Never published: a draft, and an approved translation nobody published.
  const source = await createSource(editor, memorialId, 'Черновик.', 'Черновик');
  await draft(source.id, 'en', ['Draft', 'Zanzibarword is only in a draft.']);
  await approved({
    key: 'unpublished',
    initiativeId: memorialId,
    sourceLanguage: 'ru',
    title: 'Одобрено',
    body: 'Одобрено, но не опубликовано.',
    texts: ['Approved', 'Quasarword was approved but never published.'],
  });

  return {
    t,
    editor,
    translator,
    reviewer,
    memorialId,
    ovdId,
    urls,
    translations,
    db: () => t.get(DataSource),
    published,
    search,
    found: async (params) => (await search(params)).results.map((r) => r.url),
  };
}
