import { DataSource } from 'typeorm';
import type { SignedInClient, TestApp } from './test-app.js';
import { api, createInitiative, reviewUnits, submit, translationVersion } from './workflow.js';

/**
 * The published world the reader-site tests look at: two initiatives (one without a live
 * text), three texts in both directions, timeline events, an approved and a draft explainer
 * and glossary terms. Start the app with `{ PUBLIC_URL, LANGUAGE_PAIRS: 'ru>en,en>ru' }`.
 */

export const LABEL =
  'ДАННОЕ СООБЩЕНИЕ (МАТЕРИАЛ) СОЗДАНО И (ИЛИ) РАСПРОСТРАНЕНО ИНОСТРАННЫМ АГЕНТОМ';
export const PUBLIC_URL = 'https://bridges.example';

interface Team {
  t: TestApp;
  editor: SignedInClient;
  translator: SignedInClient;
  reviewer: SignedInClient;
}

export interface ReaderSite {
  editor: SignedInClient;
  translator: SignedInClient;
  reviewer: SignedInClient;
  ids: Record<string, number>;
}

/** A source text in `language`, translated into the other language and published. */
async function publishText(
  { t, editor, translator, reviewer }: Team,
  input: {
    initiativeId: number;
    language: 'ru' | 'en';
    title: string;
    body: string;
    texts: string[];
    tags?: string[];
  },
): Promise<{ sourceId: number; translationId: number; slug: string }> {
  const source = await api(editor)
    .post('/api/v1/sources', {
      initiativeId: input.initiativeId,
      language: input.language,
      kind: 'news',
      title: input.title,
      body: input.body,
      licence: 'CC-BY-4.0',
      originalUrl: 'https://example.org/original',
      publishedDate: '2021-12-28',
      tags: input.tags ?? [],
    })
    .expect(201);
  const started = await api(translator)
    .post(`/api/v1/sources/${source.body.id}/translations`, {
      targetLanguage: input.language === 'ru' ? 'en' : 'ru',
    })
    .expect(201);
  const translationId = started.body.id as number;
  const units = (await api(translator).get(`/api/v1/translations/${translationId}`).expect(200))
    .body.units as { id: number; version: number }[];
  for (const [i, unit] of units.entries()) {
    await api(translator)
      .put(`/api/v1/translations/${translationId}/units/${unit.id}`, {
        text: input.texts[i],
        version: unit.version,
      })
      .expect(200);
  }
  await submit(translator, translationId);
  const waiting = await reviewUnits(t, reviewer, translationId);
  await api(reviewer)
    .post(`/api/v1/translations/${translationId}/approve-all`, {
      units: Object.fromEntries(waiting.map((u) => [u.id, u.version])),
    })
    .expect(200);
  const published = await api(editor)
    .post(`/api/v1/translations/${translationId}/publish`, {
      version: await translationVersion(editor, translationId),
    })
    .expect(201);
  return {
    sourceId: source.body.id as number,
    translationId,
    slug: (published.body.url as string).replace('/texts/', ''),
  };
}

async function approvedExplainer({ translator, reviewer }: Team, body: object): Promise<number> {
  const created = await api(translator)
    .post('/api/v1/explainers', {
      kind: 'legal-term',
      language: 'en',
      asOf: '2024-11',
      ...body,
    })
    .expect(201);
  const id = created.body.id as number;
  const version = (v: {
    body: { versions: { language: string; working: { version: number } }[] };
  }) => v.body.versions.find((x) => x.language === 'en')!.working.version;
  const submitted = await api(translator)
    .post(`/api/v1/explainers/${id}/versions/en/submit`, { version: version(created) })
    .expect(200);
  await api(reviewer)
    .post(`/api/v1/explainers/${id}/versions/en/review`, {
      verdict: 'approve',
      version: version(submitted),
    })
    .expect(200);
  return id;
}

export async function seedReaderSite(t: TestApp): Promise<ReaderSite> {
  const editor = await t.signIn(await t.createUser('lipa', ['editor']));
  const translator = await t.signIn(await t.createUser('chizh', ['translator']));
  const reviewer = await t.signIn(await t.createUser('sova', ['reviewer']));
  const team: Team = { t, editor, translator, reviewer };
  const ids: Record<string, number> = {};
  const db = () => t.get(DataSource);
  const memorialId = await createInitiative(editor, {
    siteUrl: 'https://memo.example/',
    descriptionEn: 'A human-rights society founded in 1989.',
    descriptionRu: 'Правозащитное общество, основанное в 1989 году.',
    undesirable: true,
    foreignAgent: true,
    foreignAgentLabel: LABEL,
  });
  ids.ovd = await createInitiative(editor, {
    nameOriginal: 'ОВД-Инфо',
    nameEn: 'OVD-Info',
    slug: 'ovd-info',
  });

  const closure = await publishText(team, {
    initiativeId: memorialId,
    language: 'ru',
    title: 'Ликвидация «Мемориала»',
    body: 'Верховный суд ликвидировал «Мемориал».',
    texts: ['Memorial closed', 'The Supreme Court liquidated Memorial.'],
    tags: ['memorial', 'courts'],
  });
  const statement = await publishText(team, {
    initiativeId: memorialId,
    language: 'en',
    title: 'Statement on the war',
    body: 'We stand against the war.',
    texts: ['Заявление о войне', 'Мы против войны.'],
    tags: ['war'],
  });
  const gone = await publishText(team, {
    initiativeId: memorialId,
    language: 'ru',
    title: 'Снятый текст',
    body: 'Этот текст снимут.',
    texts: ['Withdrawn text', 'This text will be withdrawn.'],
    tags: ['memorial', 'vanishing'],
  });
  Object.assign(ids, {
    closureSource: closure.sourceId,
    statementSource: statement.sourceId,
    goneSource: gone.sourceId,
    goneTranslation: gone.translationId,
  });
  const unpublished = await api(editor)
    .post('/api/v1/sources', {
      initiativeId: ids.ovd,
      language: 'ru',
      kind: 'news',
      title: 'Черновик',
      body: 'Ещё не переведено.',
      licence: 'CC-BY-4.0',
      tags: ['draft-only'],
    })
    .expect(201);
  ids.unpublishedSource = unpublished.body.id;
  await api(editor)
    .post('/api/v1/timeline', {
      date: '2021-12-28',
      precision: 'day',
      titleEn: 'Memorial closure',
      titleRu: 'Ликвидация «Мемориала»',
      summaryEn: 'The Supreme Court orders Memorial closed.',
      summaryRu: 'Верховный суд постановил ликвидировать «Мемориал».',
      tags: ['memorial'],
      sourceIds: [ids.closureSource, ids.statementSource, ids.unpublishedSource, ids.goneSource],
    })
    .expect(201);
  await api(editor)
    .post('/api/v1/timeline', {
      date: '2022-02',
      precision: 'month',
      summaryEn: 'Protests against the war.',
      summaryRu: 'Протесты против войны.',
      tags: ['protest'],
    })
    .expect(201);

  ids.explainer = await approvedExplainer(team, {
    title: 'Foreign agent',
    slug: 'foreign-agent',
    shortText:
      'A status under Russian law that obliges those designated to label what they publish.',
    longText: 'The status was introduced in **2012**.\n\n<script>alert(1)</script>',
    sources: [
      {
        title: 'Federal Law No. 121-FZ',
        publisher: 'Russian Federation',
        date: '2012-07-20',
        primary: true,
      },
      {
        title: 'Registry',
        publisher: 'Ministry of Justice',
        url: 'https://example.org/registry',
      },
    ],
  });
  const draft = await api(translator)
    .post('/api/v1/explainers', {
      kind: 'organisation',
      language: 'en',
      slug: 'secret-draft',
      title: 'Secret draft explainer',
      shortText: 'Not approved.',
    })
    .expect(201);
  ids.draftExplainer = draft.body.id;
  await api(editor)
    .post('/api/v1/glossary', {
      sourceLanguage: 'ru',
      term: 'иностранный агент',
      renderings: { en: 'foreign agent' },
      explainerId: ids.explainer,
    })
    .expect(201);
  await api(editor)
    .post('/api/v1/glossary', {
      sourceLanguage: 'ru',
      term: 'нежелательная организация',
      renderings: { en: 'undesirable organisation' },
      explainerId: ids.draftExplainer,
    })
    .expect(201);
  await api(editor)
    .post('/api/v1/glossary', {
      sourceLanguage: 'en',
      term: 'statement',
      renderings: { ru: 'заявление' },
    })
    .expect(201);
  // A text that uses the explainer: what its "used in" list shows.
  await db().query(`INSERT INTO publication_explainer (publication_id, explainer_id)
      SELECT id, ${ids.explainer} FROM publication WHERE slug = 'memorial-closed'`);
  return { editor, translator, reviewer, ids };
}
