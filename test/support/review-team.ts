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
