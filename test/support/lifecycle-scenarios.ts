import type { DataSource } from 'typeorm';
import type { Role } from '../../src/common/roles.js';
import type { SignedInClient, TestApp } from './test-app.js';
import { api, createInitiative, reviewUnits, translationVersion } from './workflow.js';

/** The people of the state × action × role matrix, signed in once. */
export interface MatrixCast {
  editor: SignedInClient;
  admin: SignedInClient;
  /** Translates ru>en and claims every translation of the matrix. */
  owner: SignedInClient;
  /** Translates ru>en too, but never touched these translations. */
  unrelated: SignedInClient;
  /** Reviews ru>en: approves and asks for changes while the states are built. */
  reviewer: SignedInClient;
  /** Reviews ru>en and wrote a note on every translation under review. */
  noteReviewer: SignedInClient;
  initiativeId: number;
}

/** `ownerRoles`: a site with self-approval lets an editor who translates be the owner. */
export async function matrixCast(
  t: TestApp,
  ownerRoles: Role[] = ['translator'],
): Promise<MatrixCast> {
  const editor = await t.signIn(await t.createUser('lipa', ['editor']));
  return {
    editor,
    admin: await t.signIn(await t.createUser('dub', ['admin'])),
    owner: await t.signIn(await t.createUser('lastochka', ownerRoles, ['ru>en'])),
    unrelated: await t.signIn(await t.createUser('drozd', ['translator'], ['ru>en'])),
    reviewer: await t.signIn(await t.createUser('sova', ['reviewer'], ['ru>en'])),
    noteReviewer: await t.signIn(await t.createUser('filin', ['reviewer'], ['ru>en'])),
    initiativeId: await createInitiative(editor),
  };
}

export const TEXTS = ['The title', 'First paragraph.', 'Second paragraph.'];

const SOURCE = {
  language: 'ru',
  kind: 'news',
  licence: 'CC-BY-4.0',
  originalUrl: 'https://example.org/original',
  publishedDate: '2021-12-28',
};

/** A built state: the translation and the unit whose steps are tried (the first paragraph). */
export interface Built {
  id: number;
  unitId: number;
  sourceId: number;
}

type Unit = { id: number; version: number; status: string };

/**
 * Builds translations in every state through the API, as people would. Each builder starts from
 * a new source text, so a state can be rebuilt after a step changed it.
 */
export class ScenarioBuilder {
  constructor(
    private readonly cast: MatrixCast,
    private readonly db: DataSource,
  ) {}

  async started(): Promise<Built> {
    const { editor, owner, initiativeId } = this.cast;
    const source = await api(editor)
      .post('/api/v1/sources', {
        ...SOURCE,
        initiativeId,
        title: 'Заголовок',
        body: 'Первый абзац.\n\nВторой абзац.',
      })
      .expect(201);
    const started = await api(owner)
      .post(`/api/v1/sources/${source.body.id}/translations`, { targetLanguage: 'en' })
      .expect(201);
    const units = await this.units(started.body.id);
    return { id: started.body.id, unitId: units[1]!.id, sourceId: source.body.id };
  }

  async translated(skipTarget = false): Promise<Built> {
    const built = await this.started();
    for (const [i, unit] of (await this.units(built.id)).entries()) {
      if (skipTarget && i === 1) continue;
      await api(this.cast.owner)
        .put(`/api/v1/translations/${built.id}/units/${unit.id}`, {
          text: TEXTS[i],
          version: unit.version,
        })
        .expect(200);
    }
    return built;
  }

  /** Submitted, with a note by the note-writing reviewer on the last paragraph. */
  async submitted(): Promise<Built> {
    const built = await this.translated();
    await this.step(this.cast.owner, built, 'submit');
    const last = (await this.units(built.id))[2]!;
    await api(this.cast.noteReviewer)
      .post(`/api/v1/translations/${built.id}/units/${last.id}/footnotes`, {
        unitVersion: last.version,
        quote: 'Second',
        note: 'A reviewer’s note.',
      })
      .expect(201);
    return built;
  }

  /** The reviewer decides these units (by index): approve or ask for changes. */
  async reviewed(built: Built, verdicts: Record<number, 'approve' | 'request_changes'>) {
    const units = await reviewUnits({} as TestApp, this.cast.reviewer, built.id);
    for (const [index, verdict] of Object.entries(verdicts)) {
      const unit = units[Number(index)]!;
      await api(this.cast.reviewer)
        .post(`/api/v1/translations/${built.id}/units/${unit.id}/review`, {
          verdict,
          version: unit.version,
          ...(verdict === 'request_changes' ? { comment: 'Please look again.' } : {}),
        })
        .expect(200);
    }
    return built;
  }

  async approved(): Promise<Built> {
    return this.reviewed(await this.submitted(), { 0: 'approve', 1: 'approve', 2: 'approve' });
  }

  async published(): Promise<Built> {
    const built = await this.approved();
    await this.step(this.cast.editor, built, 'publish', { changeNote: 'First.' });
    return built;
  }

  /** The editor changes the first paragraph of the source text. */
  async sourceChanged(built: Built): Promise<Built> {
    const { editor, initiativeId } = this.cast;
    const current = (await api(editor).get(`/api/v1/sources/${built.sourceId}`).expect(200)).body;
    await api(editor)
      .put(`/api/v1/sources/${built.sourceId}`, {
        ...SOURCE,
        initiativeId,
        title: current.title,
        body: 'Первый абзац, исправленный.\n\nВторой абзац.',
        version: current.version,
      })
      .expect(200);
    return built;
  }

  async step(who: SignedInClient, built: Built, step: string, extra: object = {}) {
    const version = await translationVersion(who, built.id);
    const res = await api(who).post(`/api/v1/translations/${built.id}/${step}`, {
      version,
      ...extra,
    });
    if (res.status >= 300) throw new Error(`${step}: ${res.status} ${JSON.stringify(res.body)}`);
    return built;
  }

  async editTarget(built: Built): Promise<Built> {
    const unit = (await this.units(built.id))[1]!;
    await api(this.cast.owner)
      .put(`/api/v1/translations/${built.id}/units/${unit.id}`, {
        text: 'First paragraph, again.',
        version: unit.version,
      })
      .expect(200);
    return built;
  }

  async units(id: number): Promise<Unit[]> {
    return (await this.db.query(
      `SELECT u.id, u.version, u.status FROM translation_unit u
       JOIN segment s ON s.id = u.segment_id AND s.removed_revision IS NULL
       WHERE u.translation_id = ? ORDER BY s.position`,
      [id],
    )) as Unit[];
  }
}

export interface Scenario {
  /** `translation/unit` state of the built translation and its tried unit. */
  state: string;
  build: () => Promise<Built>;
}

/** Every translation state with the unit states it holds, built through the API. */
export function matrixScenarios(b: ScenarioBuilder, cast: MatrixCast): Scenario[] {
  return [
    { state: 'draft/empty', build: () => b.translated(true) },
    { state: 'draft/draft', build: () => b.translated() },
    {
      state: 'draft/draft (released)',
      build: async () => b.step(cast.owner, await b.translated(), 'release'),
    },
    { state: 'draft/outdated', build: async () => b.sourceChanged(await b.translated()) },
    { state: 'in_review/submitted', build: () => b.submitted() },
    {
      state: 'in_review/submitted (last waiting)',
      build: async () => b.reviewed(await b.submitted(), { 0: 'approve', 2: 'approve' }),
    },
    {
      state: 'in_review/approved',
      build: async () => b.reviewed(await b.submitted(), { 1: 'approve' }),
    },
    {
      state: 'in_review/needs_changes',
      build: async () => b.reviewed(await b.submitted(), { 1: 'request_changes' }),
    },
    {
      state: 'changes_requested/needs_changes',
      build: async () =>
        b.reviewed(await b.submitted(), { 0: 'approve', 1: 'request_changes', 2: 'approve' }),
    },
    { state: 'approved/approved', build: () => b.approved() },
    { state: 'published/approved', build: () => b.published() },
    {
      state: 'published/approved (released)',
      build: async () => b.step(cast.owner, await b.published(), 'release'),
    },
    { state: 'outdated/outdated', build: async () => b.sourceChanged(await b.published()) },
    {
      state: 'outdated/draft',
      build: async () => b.editTarget(await b.sourceChanged(await b.published())),
    },
    {
      state: 'withdrawn/draft',
      build: async () => b.step(cast.owner, await b.translated(), 'withdraw'),
    },
  ];
}
