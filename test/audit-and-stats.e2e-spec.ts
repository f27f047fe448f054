import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { AuditService } from '../src/audit/audit.service.js';
import type { RequestContext } from '../src/auth/request-context.js';
import { TransactionRunner } from '../src/database/transaction-runner.js';
import { I18nService } from '../src/i18n/i18n.service.js';
import { ReviewEvent } from '../src/translations/review-event.entity.js';
import { UsersService } from '../src/users/users.service.js';
import { TranslationActivityViews } from '../src/web/workspace/translation-activity.view-model.js';
import { startTestApp, type SignedInClient, type TestApp } from './support/test-app.js';

describe('audit log, translation activity and statistics', () => {
  let t: TestApp;
  let db: DataSource;
  let sokol: SignedInClient;
  let lipa: SignedInClient;
  let lastochka: SignedInClient;
  let sova: SignedInClient;
  let sourceId: number;
  let translationId: number;
  let units: { id: number; version: number }[];

  const api = (c: SignedInClient) => ({
    get: (path: string) => c.agent.get(path),
    post: (path: string, body: object = {}) =>
      c.agent.post(path).set('x-csrf-token', c.csrf).send(body),
    put: (path: string, body: object) => c.agent.put(path).set('x-csrf-token', c.csrf).send(body),
  });
  const rows = (html: string) =>
    [
      ...html.matchAll(
        /<tr><td><time[^>]*>[^<]*<\/time><\/td><td>([^<]*)<\/td><td><code>([^<]+)<\/code>/g,
      ),
    ].map((m) => [m[1], m[2]]);

  beforeAll(async () => {
    t = await startTestApp();
    db = t.get(DataSource);
    sokol = await t.signIn(await t.createUser('sokol', ['admin']));
    lipa = await t.signIn(await t.createUser('lipa', ['editor', 'reviewer']));
    lastochka = await t.signIn(await t.createUser('lastochka', ['translator'], ['ru>en']));
    sova = await t.signIn(await t.createUser('sova', ['reviewer'], ['ru>en']));
    const initiativeId = (
      await api(lipa)
        .post('/api/v1/initiatives', {
          nameOriginal: 'Мемориал',
          nameEn: 'Memorial',
          defaultLicence: 'CC-BY-4.0',
        })
        .expect(201)
    ).body.id;
    sourceId = (
      await api(lipa)
        .post('/api/v1/sources', {
          initiativeId,
          language: 'ru',
          kind: 'news',
          title: 'Приговор',
          body: 'Суд вынес приговор.\n\nЗащита обжалует.',
          licence: 'CC-BY-4.0',
        })
        .expect(201)
    ).body.id;
    translationId = (
      await api(lastochka)
        .post(`/api/v1/sources/${sourceId}/translations`, { targetLanguage: 'en' })
        .expect(201)
    ).body.id;
    units = (await api(lastochka).get(`/api/v1/translations/${translationId}`).expect(200)).body
      .units;
    const save = async (index: number, text: string) => {
      const res = await api(lastochka)
        .put(`/api/v1/translations/${translationId}/units/${units[index]!.id}`, {
          text,
          version: units[index]!.version,
        })
        .expect(200);
      units[index]!.version = res.body.version;
    };
    await save(0, 'A sentence');
    await save(0, 'The sentence');
    await save(1, 'The court passed its sentence.');
    await save(2, 'The defence appeals.');
  });
  afterAll(() => t.close());

  describe('audit log', () => {
    it('is refused to anyone but admins', async () => {
      for (const user of [lipa, lastochka, sova]) {
        await user.agent.get('/admin/audit').expect(403);
        await user.agent.get('/admin/audit?action=user.created').expect(403);
      }
      const anonymous = await t.client().get('/admin/audit');
      expect(anonymous.status).not.toBe(200);
      const nav = (await lipa.agent.get('/workspace').expect(200)).text;
      expect(nav).toContain('href="/workspace/stats"');
      expect(nav).not.toContain('href="/admin/audit"');
      expect((await sokol.agent.get('/workspace').expect(200)).text).toContain(
        'href="/admin/audit"',
      );
    });

    it('filters by action, object and actor handle, with handles and details but no network data', async () => {
      const byAction = await sokol.agent.get('/admin/audit?action=translation.started').expect(200);
      expect(rows(byAction.text)).toEqual([['lastochka', 'translation.started']]);
      expect(byAction.text).toContain(
        `<a href="/workspace/translations/${translationId}">translation ${translationId}</a>`,
      );
      expect(byAction.text).toContain(`sourceId: ${sourceId}, pair: ru&gt;en`);
      expect(byAction.text).toContain('1 event');

      const byActor = rows(
        (await sokol.agent.get('/admin/audit?actor=LASTOCHKA').expect(200)).text,
      );
      expect(byActor.length).toBeGreaterThan(3);
      expect(new Set(byActor.map(([actor]) => actor))).toEqual(new Set(['lastochka']));

      const byObject = rows(
        (
          await sokol.agent
            .get(`/admin/audit?objectType=translation&objectId=${translationId}`)
            .expect(200)
        ).text,
      );
      expect(byObject.map(([, action]) => action)).toEqual([
        'unit.edited',
        'unit.edited',
        'unit.edited',
        'unit.edited',
        'translation.started',
      ]);

      const nobody = await sokol.agent.get('/admin/audit?actor=nobody-at-all').expect(200);
      expect(rows(nobody.text)).toEqual([]);
      expect(nobody.text).toContain('0 events');

      const all = await sokol.agent.get('/admin/audit').expect(200);
      expect(all.text).not.toMatch(/127\.0\.0\.1|::1|::ffff|user-agent/i);
    });

    it('shows a deleted actor as a former volunteer, and pages through long results keeping filters', async () => {
      const vorona = await t.createUser('vorona', ['translator'], ['ru>en']);
      const audit = t.get(AuditService);
      await t.get(TransactionRunner).write(async (m) => {
        for (let i = 0; i < 55; i++) {
          await audit.record(m, {
            actorId: vorona.id,
            action: 'test.filler',
            objectType: 'test',
            objectId: i,
            details: { n: i },
          });
        }
      });
      await t.get(UsersService).deleteAccount(sokol.user.id, vorona.id);
      const first = await sokol.agent.get('/admin/audit?action=test.filler').expect(200);
      expect(rows(first.text)).toHaveLength(50);
      expect(rows(first.text)[0]).toEqual(['former volunteer', 'test.filler']);
      expect(first.text).toContain('Page 1 of 2');
      expect(first.text).toContain('href="/admin/audit?action=test.filler&amp;page=2"');
      const second = await sokol.agent.get('/admin/audit?action=test.filler&page=2').expect(200);
      expect(rows(second.text)).toHaveLength(5);
      expect(second.text).toContain('n: 0');
    });
  });

  it('lists the activity of a translation newest first, in words, with people by handle', async () => {
    const { version } = (await api(lastochka).get(`/api/v1/translations/${translationId}`)).body;
    await api(lastochka)
      .post(`/api/v1/translations/${translationId}/release`, { version })
      .expect(200);
    const ctx = {
      lang: 'en',
      langFromQuery: false,
      t: t.get(I18nService).translator('en'),
      user: null,
      via: null,
      session: null,
      tokenId: null,
      authError: null,
    } as RequestContext;
    const items = await t.get(TranslationActivityViews).items(ctx, translationId);
    expect(items.map((i) => [i.actor, i.label])).toEqual([
      ['lastochka', 'released the translation'],
      ['lastochka', 'edited a unit'],
      ['lastochka', 'edited a unit'],
      ['lastochka', 'edited a unit'],
      ['lastochka', 'edited a unit'],
      ['lastochka', 'started the translation'],
    ]);
    expect(items[0]!.details).toBe('claimantId: —');
    expect(items[1]!.unitId).toBe(units[2]!.id);
    expect(items.every((i) => i.timeIso.endsWith('Z'))).toBe(true);
    expect(await t.get(TranslationActivityViews).items(ctx, translationId + 1000)).toEqual([]);
  });

  describe('statistics', () => {
    beforeAll(async () => {
      await t.get(TransactionRunner).write(async (m) => {
        const review = (unitId: number | null) =>
          m.insert(ReviewEvent, {
            translationId,
            unitId,
            unitVersion: 1,
            actorId: sova.user.id,
            verdict: 'approve',
            selfApproval: false,
            comment: '',
            createdAt: new Date(),
          });
        await review(units[0]!.id);
        await review(units[1]!.id);
        await review(null);
      });
      await db.query(`UPDATE translation_unit SET status = 'approved' WHERE id IN (?, ?)`, [
        units[0]!.id,
        units[2]!.id,
      ]);
      // The second paragraph leaves the text: its unit no longer counts.
      const current = (await api(lipa).get(`/api/v1/sources/${sourceId}`).expect(200)).body;
      await api(lipa)
        .put(`/api/v1/sources/${sourceId}`, {
          initiativeId: current.initiativeId,
          language: 'ru',
          kind: 'news',
          title: 'Приговор',
          licence: 'CC-BY-4.0',
          body: 'Суд вынес приговор.',
          version: current.version,
        })
        .expect(200);
    });

    it('shows editors everyone’s numbers and every text’s approved units of its live segments', async () => {
      const stats = (await api(lipa).get('/api/v1/stats').expect(200)).body;
      expect(stats.scope).toBe('all');
      expect(stats.contributors).toEqual([
        { handle: 'lastochka', translated: 3, reviewed: 0 },
        { handle: 'sova', translated: 0, reviewed: 2 },
      ]);
      expect(stats.texts.rows).toEqual([
        {
          translationId,
          sourceId,
          title: 'Приговор',
          sourceLanguage: 'ru',
          targetLanguage: 'en',
          status: 'draft',
          approved: 1,
          total: 2,
        },
      ]);
      const one = (await api(lipa).get('/api/v1/stats?handle=sova').expect(200)).body;
      expect(one.contributors).toEqual([{ handle: 'sova', translated: 0, reviewed: 2 }]);
      await api(lipa).get('/api/v1/stats?handle=nobody-here').expect(404);

      const page = (await lipa.agent.get('/workspace/stats').expect(200)).text;
      expect(page).toContain('<td>sova</td>');
      expect(page).toContain('<td>lastochka</td>');
      expect(page).toContain(`href="/workspace/translations/${translationId}">Приговор</a>`);
      expect(page).toContain('1 of 2');
    });

    it('shows anyone else only their own numbers, and refuses another contributor’s', async () => {
      const own = (await api(lastochka).get('/api/v1/stats').expect(200)).body;
      expect(own).toEqual({
        scope: 'own',
        contributors: [{ handle: 'lastochka', translated: 3, reviewed: 0 }],
        texts: null,
      });
      const reviewer = (await api(sova).get('/api/v1/stats').expect(200)).body;
      expect(reviewer.contributors).toEqual([{ handle: 'sova', translated: 0, reviewed: 2 }]);
      const refused = await api(lastochka).get('/api/v1/stats?handle=sova').expect(403);
      expect(refused.body.error.message).toBe('You may see only your own numbers.');
      await api(lastochka).get('/api/v1/stats?handle=nobody-here').expect(403);
      await api(lastochka).get('/api/v1/stats?handle=Lastochka').expect(200);
      await api(lastochka).get('/api/v1/stats?userId=1').expect(400);

      const page = (await lastochka.agent.get('/workspace/stats').expect(200)).text;
      expect(page).toContain('<td>lastochka</td>');
      expect(page).not.toContain('sova');
      expect(page).not.toContain('Приговор');
      await lastochka.agent.get('/workspace/stats?handle=sova').expect(403);
      const newcomer = await t.signIn(await t.createUser('kukushka', ['translator'], ['ru>en']));
      expect((await api(newcomer).get('/api/v1/stats').expect(200)).body.contributors).toEqual([
        { handle: 'kukushka', translated: 0, reviewed: 0 },
      ]);
    });

    it('lists texts by source title across pages, counting every live translation', async () => {
      const current = (await api(lipa).get(`/api/v1/sources/${sourceId}`).expect(200)).body;
      const second = (
        await api(lipa)
          .post('/api/v1/sources', {
            initiativeId: current.initiativeId,
            language: 'ru',
            kind: 'news',
            title: 'Апелляция',
            body: 'Защита подала жалобу.',
            licence: 'CC-BY-4.0',
          })
          .expect(201)
      ).body.id;
      const other = (
        await api(lastochka)
          .post(`/api/v1/sources/${second}/translations`, { targetLanguage: 'en' })
          .expect(201)
      ).body.id;
      const first = (await api(lipa).get('/api/v1/stats').expect(200)).body.texts;
      expect(first.total).toBe(2);
      expect(
        first.rows.map((r: { title: string; translationId: number }) => [r.title, r.translationId]),
      ).toEqual([
        ['Апелляция', other],
        ['Приговор', translationId],
      ]);
      expect(first.rows[0]).toMatchObject({ sourceId: second, approved: 0, total: 2 });
      const beyond = (await api(lipa).get('/api/v1/stats?page=2').expect(200)).body.texts;
      expect(beyond).toMatchObject({ total: 2, page: 2, rows: [] });
    });
  });
});
