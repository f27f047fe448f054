import type { DataSource } from 'typeorm';
import type { Agent } from './test-app.js';
import type { Built, MatrixCast } from './lifecycle-scenarios.js';

export const MATRIX_ACTIONS = [
  'claim',
  'release',
  'reassign',
  'withdraw',
  'submit',
  'publish',
  'unpublish',
  'edit',
  'annotate',
  'approve',
  'request_changes',
  'approve_all',
] as const;
export type MatrixAction = (typeof MATRIX_ACTIONS)[number];

export const MATRIX_ROLES = [
  'anonymous',
  'admin',
  'editor',
  'owner',
  'unrelated',
  'reviewer',
  'noteReviewer',
] as const;
export type MatrixRole = (typeof MATRIX_ROLES)[number];

/** A person of the matrix: a signed-in client, or a visitor without a session. */
export interface Caller {
  agent: Agent;
  csrf: string | null;
}

export function caller(cast: MatrixCast, role: MatrixRole, anonymous: Agent): Caller {
  return role === 'anonymous' ? { agent: anonymous, csrf: null } : cast[role];
}

/** Every `<form>` of a page: where it posts and the verdict it carries, if any. */
function forms(html: string): { action: string; verdict: string | null }[] {
  return [...html.matchAll(/<form[^>]*action="([^"]+)"[^>]*>([\s\S]*?)<\/form>/g)].map((m) => ({
    action: m[1]!,
    verdict: /name="verdict" value="([a-z_]+)"/.exec(m[2]!)?.[1] ?? null,
  }));
}

/**
 * What the server-rendered pages offer this person on the built translation: the forms of the
 * editor page, the review page and the dashboard (claiming a released translation).
 */
export async function offered(who: Caller, built: Built): Promise<Set<MatrixAction>> {
  const base = `/workspace/translations/${built.id}`;
  const unit = `${base}/units/${built.unitId}`;
  const pages = await Promise.all(
    [base, `${base}/review`, '/workspace'].map(async (path) => {
      const res = await who.agent.get(path);
      return res.status === 200 ? forms(res.text) : [];
    }),
  );
  const out = new Set<MatrixAction>();
  for (const form of pages.flat()) {
    for (const step of ['claim', 'release', 'reassign', 'withdraw', 'submit'] as const)
      if (form.action === `${base}/${step}`) out.add(step);
    if (form.action === `${base}/publish`) out.add('publish');
    if (form.action === `${base}/unpublish`) out.add('unpublish');
    if (form.action === unit) out.add('edit');
    if (form.action === `${unit}/footnotes`) out.add('annotate');
    if (form.action === `${unit}/review` && form.verdict === 'approve') out.add('approve');
    if (form.action === `${unit}/review` && form.verdict === 'request_changes')
      out.add('request_changes');
    if (form.action === `${base}/review/approve-all`) out.add('approve_all');
  }
  return out;
}

export interface Versions {
  translation: { status: string; version: number };
  unit: { status: string; version: number };
  waiting: Record<number, number>;
}

export async function versions(db: DataSource, built: Built): Promise<Versions> {
  const [translation] = await db.query(`SELECT status, version FROM translation WHERE id = ?`, [
    built.id,
  ]);
  const [unit] = await db.query(`SELECT status, version FROM translation_unit WHERE id = ?`, [
    built.unitId,
  ]);
  const waiting = (await db.query(
    `SELECT id, version FROM translation_unit WHERE translation_id = ? AND status = 'submitted'`,
    [built.id],
  )) as { id: number; version: number }[];
  return { translation, unit, waiting: Object.fromEntries(waiting.map((w) => [w.id, w.version])) };
}

/** Takes the step through the JSON API with the versions just read; answers the status. */
export async function attempt(
  who: Caller,
  action: MatrixAction,
  built: Built,
  now: Versions,
): Promise<{ status: number; body: { error?: { code?: string } } }> {
  const send = (method: 'post' | 'put', path: string, body: object) => {
    const request = who.agent[method](`/api/v1${path}`);
    if (who.csrf) request.set('x-csrf-token', who.csrf);
    return request.send(body);
  };
  const t = `/translations/${built.id}`;
  const u = `${t}/units/${built.unitId}`;
  const version = now.translation.version;
  const unitVersion = now.unit.version;
  switch (action) {
    case 'reassign':
      return send('post', `${t}/reassign`, { version, handle: 'drozd' });
    case 'publish':
      return send('post', `${t}/publish`, { version, changeNote: 'Again.' });
    case 'unpublish':
      return send('post', `${t}/unpublish`, { version, reason: 'Taken down.' });
    case 'edit':
      return send('put', u, { version: unitVersion, text: 'First paragraph, edited.' });
    case 'annotate':
      return send('post', `${u}/footnotes`, {
        unitVersion,
        quote: 'First',
        note: 'A note.',
      });
    case 'approve':
      return send('post', `${u}/review`, { verdict: 'approve', version: unitVersion });
    case 'request_changes':
      return send('post', `${u}/review`, {
        verdict: 'request_changes',
        version: unitVersion,
        comment: 'Please change.',
      });
    case 'approve_all':
      return send('post', `${t}/approve-all`, { units: now.waiting });
    default:
      return send('post', `${t}/${action}`, { version });
  }
}
