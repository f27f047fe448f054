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

/** What one state's run found: pages and API disagreeing, and the moves accepted steps made. */
export interface MatrixRun {
  mismatches: string[];
  taken: string[];
  trials: number;
}

/**
 * Tries every step for every person on one built state: what the pages offer must be what the
 * API accepts, and a refused step must change nothing. After an accepted step the state is
 * built again for the next one.
 */
export async function runMatrix(
  db: DataSource,
  cast: MatrixCast,
  anonymous: Agent,
  build: () => Promise<Built>,
  expectedState: string,
): Promise<MatrixRun> {
  const run: MatrixRun = { mismatches: [], taken: [], trials: 0 };
  let built = await build();
  const start = await versions(db, built);
  const state = `${start.translation.status}/${start.unit.status}`;
  if (state !== expectedState) throw new Error(`built ${state}, not ${expectedState}`);
  for (const role of MATRIX_ROLES) {
    const who = caller(cast, role, anonymous);
    const offer = await offered(who, built);
    for (const action of MATRIX_ACTIONS) {
      const before = await versions(db, built);
      const res = await attempt(who, action, built, before);
      run.trials++;
      const accepted = res.status < 300;
      const where = `${role} ${action}`;
      const code = res.body.error?.code ?? '';
      if (accepted !== offer.has(action))
        run.mismatches.push(
          `${where}: page ${offer.has(action) ? 'offers' : 'hides'}, API ${res.status} ${code}`,
        );
      if (accepted) {
        const after = await versions(db, built);
        run.taken.push(
          `translation ${action} ${before.translation.status} -> ${after.translation.status}`,
          `unit ${action} ${before.unit.status} -> ${after.unit.status}`,
        );
        built = await build();
        continue;
      }
      // The versions sent are current, so no refusal may be a stale-write conflict; the one
      // 409 is "already claimed".
      const conflict = res.status === 409 && code === 'translations:already-claimed';
      if (![400, 401, 403, 404].includes(res.status) && !conflict)
        run.mismatches.push(`${where}: refused with ${res.status} ${code}`);
      const now = await versions(db, built);
      if (JSON.stringify(now) !== JSON.stringify(before))
        run.mismatches.push(`${where}: refused with ${res.status} but changed the translation`);
    }
  }
  return run;
}
