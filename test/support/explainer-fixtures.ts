import { DataSource } from 'typeorm';
import type { SignedInClient, TestApp } from './test-app.js';

/** Texts and helpers shared by the explainer e2e tests. */

export const LAW = {
  title:
    'Federal Law No. 121-FZ “On amendments to certain legislative acts regarding non-commercial organisations performing the functions of a foreign agent”',
  publisher: 'Russian Federation',
  date: '2012-07-20',
  primary: true,
};

export const foreignAgent = {
  kind: 'legal-term',
  language: 'en',
  title: 'Foreign agent',
  shortText: 'A status under Russian law that obliges those designated to label what they publish.',
  longText: 'The status was introduced in **2012**.',
  asOf: '2024-11',
  sources: [LAW],
};

type Fields = { body: { error: { fields?: { field: string; message: string }[] } } };
/** The field errors of a 400 answer. */
export const fields = (res: Fields) => res.body.error.fields ?? [];

/** The people the explainer tests work with: an editor, two translators and a reviewer. */
export async function signInExplainerTeam(t: TestApp) {
  return {
    editor: await t.signIn(await t.createUser('lipa', ['editor'])),
    author: await t.signIn(await t.createUser('chizh', ['translator'])),
    stranger: await t.signIn(await t.createUser('sova', ['translator'])),
    reviewer: await t.signIn(await t.createUser('grach', ['reviewer'])),
  };
}

/** The raw `explainer_version` row of one explainer in one language. */
export async function explainerVersionRow(t: TestApp, id: number, language = 'en') {
  return (
    await t
      .get(DataSource)
      .query(`SELECT * FROM explainer_version WHERE explainer_id = ? AND language = ?`, [
        id,
        language,
      ])
  )[0];
}

/** Posts a workspace form with the session's CSRF token. */
export const postForm = (c: SignedInClient, path: string, body: Record<string, string>) =>
  c.agent
    .post(path)
    .type('form')
    .send({ _csrf: c.csrf, ...body });
