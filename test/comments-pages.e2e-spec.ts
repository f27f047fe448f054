import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import type { RequestContext } from '../src/auth/request-context.js';
import { CommentsService } from '../src/comments/comments.service.js';
import { I18nService } from '../src/i18n/i18n.service.js';
import { UsersService } from '../src/users/users.service.js';
import { ViewRenderer } from '../src/web/view-renderer.js';
import { commentsView } from '../src/web/workspace/comments.view-model.js';
import { seedCommentsWorld } from './support/comment-fixtures.js';
import { startTestApp, type SignedInClient, type TestApp } from './support/test-app.js';
import { api } from './support/workflow.js';

describe('comments', () => {
  let t: TestApp;
  let db: DataSource;
  let lipa: SignedInClient;
  let lastochka: SignedInClient;
  let translationId: number;
  let unitIds: number[];

  beforeAll(async () => {
    t = await startTestApp();
    db = t.get(DataSource);
    ({ lipa, lastochka, translationId, unitIds } = await seedCommentsWorld(t));
    // Threads on the title and the second paragraph, so the page groups them unit by unit.
    for (const [unitId, body] of [
      [unitIds[2], 'Второй абзац: проверьте время.'],
      [unitIds[0], 'Заголовок короче, пожалуйста.'],
    ] as const) {
      await api(lipa)
        .post(`/api/v1/translations/${translationId}/comments`, { body, unitId })
        .expect(201);
    }
  });
  afterAll(() => t.close());

  it('posts and resolves through plain forms with CSRF, going back only to a local page', async () => {
    const noToken = await lastochka.agent
      .post(`/workspace/translations/${translationId}/comments`)
      .type('form')
      .send({ body: 'Без токена.' })
      .expect(403);
    expect(noToken.text).not.toContain('Без токена.');
    const posted = await lastochka.agent
      .post(`/workspace/translations/${translationId}/comments`)
      .type('form')
      .send({
        _csrf: lastochka.csrf,
        body: 'Из формы.',
        unitId: String(unitIds[1]),
        returnTo: `/workspace/translations/${translationId}?tab=review`,
      })
      .expect(303);
    const [row] = await db.query(
      `SELECT id, unit_id, version FROM comment WHERE body = 'Из формы.'`,
    );
    expect(row.unit_id).toBe(unitIds[1]);
    expect(posted.headers.location).toBe(
      `/workspace/translations/${translationId}?tab=review#comment-${row.id}`,
    );
    const elsewhere = await lastochka.agent
      .post(`/workspace/translations/${translationId}/comments`)
      .type('form')
      .send({ _csrf: lastochka.csrf, body: 'Ещё.', unitId: '', returnTo: '//evil.example/x' })
      .expect(303);
    expect(elsewhere.headers.location).toMatch(
      new RegExp(`^/workspace/translations/${translationId}#comment-\\d+$`),
    );
    await lastochka.agent
      .post(`/workspace/comments/${row.id}/resolve`)
      .type('form')
      .send({ version: String(row.version), resolved: 'true' })
      .expect(403);
    const resolved = await lastochka.agent
      .post(`/workspace/comments/${row.id}/resolve`)
      .type('form')
      .send({
        _csrf: lastochka.csrf,
        version: String(row.version),
        resolved: 'true',
        returnTo: `/workspace/translations/${translationId}`,
      })
      .expect(303);
    expect(resolved.headers.location).toBe(
      `/workspace/translations/${translationId}#comment-${row.id}`,
    );
    const [after] = await db.query(`SELECT resolved_by_id FROM comment WHERE id = ?`, [row.id]);
    expect(after.resolved_by_id).toBe(lastochka.user.id);
  });

  it('renders the threads escaped, grouped, with reply and resolve forms; a deleted author is a former volunteer', async () => {
    const sinica = await t.createUser('sinica', ['editor']);
    const sinicaSummary = (await t.get(UsersService).findSummary(sinica.id))!;
    await t.get(CommentsService).create(sinicaSummary, translationId, {
      body: '<script>alert(1)</script> и ссылка https://example.org',
    });
    await t.get(UsersService).deleteAccount(lipa.user.id, sinica.id);

    const threads = (
      await api(lastochka).get(`/api/v1/translations/${translationId}/comments`).expect(200)
    ).body.threads;
    expect(threads.find((th: { body: string }) => th.body.startsWith('<script>')).author).toBe(
      'former volunteer',
    );

    const i18n = t.get(I18nService);
    const user = (await t.get(UsersService).findSummary(lastochka.user.id))!;
    const ctx = {
      lang: 'ru',
      langFromQuery: false,
      t: i18n.translator('ru'),
      user,
      via: 'session',
      session: { csrfToken: 'token-of-this-page' },
      tokenId: null,
      authError: null,
    } as unknown as RequestContext;
    const model = commentsView(
      ctx,
      await t.get(CommentsService).threads(user, translationId),
      translationId,
      'https://evil.example/',
      { units: [{ id: unitIds[1]!, position: 2 }] },
    );
    expect(model.returnTo).toBe(`/workspace/translations/${translationId}`);
    expect(model.groups.map((g) => g.heading)).toEqual([
      'Перевод целиком',
      'Фрагмент 1',
      'Фрагмент 2',
      'Фрагмент 3',
    ]);
    const html = t
      .get(ViewRenderer)
      .renderWith(
        'partials/comments',
        { comments: model },
        ctx,
        `/workspace/translations/${translationId}`,
      );
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>alert(1)');
    expect(html).toContain('бывший волонтёр');
    expect(html).toContain(`action="/workspace/translations/${translationId}/comments"`);
    expect(html).toContain('name="_csrf" value="token-of-this-page"');
    expect(html).toMatch(/name="resolved" value="false"/);
    expect(html).toMatch(/name="resolved" value="true"/);
    expect(html).toContain(`<option value="${unitIds[1]}">Фрагмент 2</option>`);
  });
});
