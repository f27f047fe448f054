import { startTestApp, type SignedInClient, type TestApp } from './test-app.js';
import { createInitiative } from './workflow.js';

export interface ReviewTeam {
  t: TestApp;
  editor: SignedInClient;
  /** Reviews ru>en. */
  reviewer: SignedInClient;
  /** Reviews en>ru only, so never sees ru>en work. */
  otherReviewer: SignedInClient;
  /** Translates and reviews ru>en. */
  translator: SignedInClient;
  /** An initiative marked as a foreign agent, with its label. */
  initiativeId: number;
}

/** Boots the app with the people of a review: an editor, two reviewers and a translator. */
export async function startReviewTeam(): Promise<ReviewTeam> {
  const t = await startTestApp();
  const editor = await t.signIn(await t.createUser('lipa', ['editor']));
  const reviewer = await t.signIn(await t.createUser('sova', ['reviewer'], ['ru>en']));
  const otherReviewer = await t.signIn(await t.createUser('filin', ['reviewer'], ['en>ru']));
  const translator = await t.signIn(
    await t.createUser('lastochka', ['translator', 'reviewer'], ['ru>en']),
  );
  const initiativeId = await createInitiative(editor, {
    foreignAgent: true,
    foreignAgentLabel: 'ДАННОЕ СООБЩЕНИЕ (МАТЕРИАЛ) СОЗДАНО ИНОСТРАННЫМ АГЕНТОМ',
  });
  return { t, editor, reviewer, otherReviewer, translator, initiativeId };
}

export interface FootnoteTeam {
  t: TestApp;
  editor: SignedInClient;
  editorId: number;
  /** Translates ru>en. */
  translator: SignedInClient;
  /** Both review ru>en, so one may annotate and the other approve. */
  reviewer: SignedInClient;
  secondReviewer: SignedInClient;
  initiativeId: number;
}

/** Boots the app with the people of footnote work: an editor, a translator, two reviewers. */
export async function startFootnoteTeam(): Promise<FootnoteTeam> {
  const t = await startTestApp();
  const editorUser = await t.createUser('lipa', ['editor']);
  const editor = await t.signIn(editorUser);
  const translator = await t.signIn(await t.createUser('lastochka', ['translator'], ['ru>en']));
  const reviewer = await t.signIn(await t.createUser('sova', ['reviewer'], ['ru>en']));
  const secondReviewer = await t.signIn(await t.createUser('filin', ['reviewer'], ['ru>en']));
  const initiativeId = await createInitiative(editor);
  return { t, editor, editorId: editorUser.id, translator, reviewer, secondReviewer, initiativeId };
}
