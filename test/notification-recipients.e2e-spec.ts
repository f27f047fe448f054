import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UsersService } from '../src/users/users.service.js';
import {
  addNewsSource,
  emit,
  handOver,
  notificationKindsOf,
  notificationsOf,
  publishDirectly,
  recordApprovals,
} from './support/notification-scenario.js';
import { startTestApp, type SignedInClient, type TestApp } from './support/test-app.js';
import { api, createInitiative } from './support/workflow.js';

describe('notifications and the inbox', () => {
  let t: TestApp;
  let lipa: SignedInClient;
  let lastochka: SignedInClient;
  let skvorets: SignedInClient;
  let chizh: SignedInClient;
  let sova: SignedInClient;
  let initiativeId: number;
  let translationId: number;
  let title: string;

  const inboxOf = (userId: number) => notificationsOf(t, userId);
  const kindsOf = (userId: number) => notificationKindsOf(t, userId);
  const newSource = (sourceTitle: string, language = 'ru') =>
    addNewsSource(lipa, initiativeId, sourceTitle, language);

  beforeAll(async () => {
    t = await startTestApp();
    lipa = await t.signIn(
      await t.createUser('lipa', ['editor', 'reviewer', 'translator'], ['ru>en']),
    );
    lastochka = await t.signIn(await t.createUser('lastochka', ['translator'], ['ru>en']));
    skvorets = await t.signIn(await t.createUser('skvorets', ['translator'], ['ru>en', 'en>ru']));
    chizh = await t.signIn(await t.createUser('chizh', ['translator'], ['en>ru']));
    sova = await t.signIn(await t.createUser('sova', ['reviewer'], ['ru>en']));
    initiativeId = await createInitiative(lipa, { nameOriginal: 'ОВД-Инфо', nameEn: 'OVD-Info' });
  });
  afterAll(() => t.close());

  it('tells translators from the language of a new text, but not the actor, other languages, or disabled and deleted accounts', async () => {
    const users = t.get(UsersService);
    const disabled = await t.createUser('dyatel', ['translator'], ['ru>en']);
    await users.setDisabled(lipa.user.id, disabled.id, 1, true);
    const deleted = await t.createUser('grach', ['translator'], ['ru>en']);
    await users.deleteAccount(lipa.user.id, deleted.id);

    title = 'Задержания на акции';
    const sourceId = await newSource(title);
    for (const reader of [lastochka, skvorets]) {
      const [entry] = await inboxOf(reader.user.id);
      expect(entry).toMatchObject({ kind: 'new-source', translationId: null });
      expect(JSON.parse(entry!.data)).toMatchObject({ sourceId, title, actorId: lipa.user.id });
    }
    for (const id of [lipa.user.id, chizh.user.id, sova.user.id, disabled.id, deleted.id]) {
      expect(await kindsOf(id)).toEqual([]);
    }
    await newSource('English text', 'en');
    expect(await kindsOf(chizh.user.id)).toEqual(['new-source']);
    expect(await kindsOf(lastochka.user.id)).toEqual(['new-source']);
    expect(await kindsOf(skvorets.user.id)).toEqual(['new-source', 'new-source']);

    translationId = (
      await api(lastochka)
        .post(`/api/v1/sources/${sourceId}/translations`, { targetLanguage: 'en' })
        .expect(201)
    ).body.id;
  });

  it('tells the claimant of changes requested, and claimant and contributors of an approval, never the actor', async () => {
    await handOver(translationId, lastochka, skvorets);

    await emit(t, 'translation.changes-requested', { translationId, actorId: sova.user.id });
    expect(await kindsOf(skvorets.user.id)).toContain('changes-requested');
    expect(await kindsOf(lastochka.user.id)).not.toContain('changes-requested');
    expect(await kindsOf(sova.user.id)).toEqual([]);

    await emit(t, 'translation.approved', {
      translationId,
      actorId: sova.user.id,
      selfApproved: false,
    });
    expect((await kindsOf(skvorets.user.id)).filter((k) => k === 'approved')).toHaveLength(1);
    expect((await kindsOf(lastochka.user.id)).filter((k) => k === 'approved')).toHaveLength(1);
    expect(await kindsOf(sova.user.id)).toEqual([]);

    await emit(t, 'translation.changes-requested', { translationId, actorId: skvorets.user.id });
    expect((await kindsOf(skvorets.user.id)).filter((k) => k === 'changes-requested')).toHaveLength(
      1,
    );
  });

  it('tells claimant, contributors and reviewers of a publication, with a link to it, but no disabled reviewer', async () => {
    const users = t.get(UsersService);
    const filin = await t.createUser('filin', ['reviewer'], ['ru>en']);
    await recordApprovals(t, translationId, [sova.user.id, filin.id]);
    await users.setDisabled(lipa.user.id, filin.id, 1, true);
    await publishDirectly(t, translationId, lipa.user.id);
    for (const id of [skvorets.user.id, lastochka.user.id, sova.user.id]) {
      expect(await kindsOf(id)).toContain('published');
    }
    expect(await kindsOf(filin.id)).toEqual([]);
    expect(await kindsOf(lipa.user.id)).toEqual([]);
    const [entry] = (await inboxOf(sova.user.id)).filter((n) => n.kind === 'published');
    expect(JSON.parse(entry!.data)).toMatchObject({
      actorId: lipa.user.id,
      title,
      version: 1,
      url: '/texts/detentions-at-a-rally',
    });
  });
});
