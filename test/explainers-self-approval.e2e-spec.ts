import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { ExplainerQueriesService } from '../src/notes/explainer-queries.service.js';
import { foreignAgent } from './support/explainer-fixtures.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { api } from './support/workflow.js';

describe('explainers', () => {
  describe('self-approval', () => {
    let solo: TestApp;

    beforeAll(async () => {
      solo = await startTestApp({ SELF_APPROVAL: 'editor' });
    });
    afterAll(() => solo.close());

    it('lets an editor approve their own text only where the site allows it, and records it', async () => {
      const only = await solo.signIn(await solo.createUser('odin', ['editor']));
      const selfApi = api(only);
      const created = await selfApi.post('/api/v1/explainers', foreignAgent).expect(201);
      const id = created.body.id;
      await selfApi.post(`/api/v1/explainers/${id}/versions/en/submit`, { version: 1 }).expect(200);
      const page = await only.agent.get(`/workspace/explainers/${id}`).expect(200);
      expect(page.text).toContain('Approve my own text (recorded as self-approval)');
      await selfApi
        .post(`/api/v1/explainers/${id}/versions/en/review`, { verdict: 'approve', version: 2 })
        .expect(200);
      const [row] = await solo
        .get(DataSource)
        .query(`SELECT status, self_approved, reviewer_id FROM explainer_version`);
      expect(row).toEqual({ status: 'approved', self_approved: 1, reviewer_id: only.user.id });
      const events = await solo
        .get(DataSource)
        .query(`SELECT action FROM audit_event WHERE object_type = 'explainer' ORDER BY id`);
      expect(events.map((e: { action: string }) => e.action)).toEqual([
        'explainer.created',
        'explainer.submitted',
        'explainer.self-approved',
      ]);
      const after = await only.agent.get(`/workspace/explainers/${id}`).expect(200);
      expect(after.text).toContain('Approved by its own author odin');
      expect(
        await solo.get(ExplainerQueriesService).readerPage('foreign-agent', 'en'),
      ).toMatchObject({ selfApproved: true });
    });
  });
});
