import type { SignedInClient, TestApp } from './test-app.js';
import { api, createInitiative, createSource } from './workflow.js';

export interface CommentsWorld {
  /** Editor and reviewer of every language pair. */
  lipa: SignedInClient;
  /** Translator (ru>en) of `translationId`. */
  lastochka: SignedInClient;
  /** Translator (ru>en) of `otherTranslationId`. */
  skvorets: SignedInClient;
  /** Translator and reviewer of en>ru only. */
  chizh: SignedInClient;
  translationId: number;
  /** The units of `translationId`: the title, then two paragraphs. */
  unitIds: number[];
  otherTranslationId: number;
}

/** The people and the two draft translations the comment tests talk about. */
export async function seedCommentsWorld(t: TestApp): Promise<CommentsWorld> {
  const lipa = await t.signIn(await t.createUser('lipa', ['editor', 'reviewer']));
  const lastochka = await t.signIn(await t.createUser('lastochka', ['translator'], ['ru>en']));
  const skvorets = await t.signIn(await t.createUser('skvorets', ['translator'], ['ru>en']));
  const chizh = await t.signIn(await t.createUser('chizh', ['translator', 'reviewer'], ['en>ru']));
  const initiativeId = await createInitiative(lipa);
  const source = async (title: string, body: string) =>
    (await createSource(lipa, initiativeId, body, title)).id;
  const first = await source('Штраф за пост', 'Суд оштрафовал активистку.\n\nРешение обжалуют.');
  const second = await source('Другой текст', 'Другой абзац.');
  const translationId = (
    await api(lastochka)
      .post(`/api/v1/sources/${first}/translations`, { targetLanguage: 'en' })
      .expect(201)
  ).body.id;
  const otherTranslationId = (
    await api(skvorets)
      .post(`/api/v1/sources/${second}/translations`, { targetLanguage: 'en' })
      .expect(201)
  ).body.id;
  const unitIds: number[] = (
    await api(lastochka).get(`/api/v1/translations/${translationId}`).expect(200)
  ).body.units.map((u: { id: number }) => u.id);
  return { lipa, lastochka, skvorets, chizh, translationId, unitIds, otherTranslationId };
}
