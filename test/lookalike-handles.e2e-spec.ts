import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ValidationFailed } from '../src/common/errors/domain-error.js';
import { UsersService } from '../src/users/users.service.js';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('lookalike handles', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ SIGN_IN_LIMIT_PER_HANDLE: '3' });
    await t.createUser('demo-editor', ['editor']);
    await t.createUser('ape', ['translator']);
  });
  afterAll(() => t.close());

  const refusal = async (handle: string) => {
    const error = await t
      .get(UsersService)
      .create({
        handle,
        password: 'long-enough-password',
        roles: ['translator'],
        languagePairs: [],
      })
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(error, handle).toBeInstanceOf(ValidationFailed);
    return (error as ValidationFailed).fields.map((p) => p.key);
  };

  it('refuses a handle mixing Latin and Cyrillic letters', async () => {
    expect(await refusal('dеmo-editor')).toEqual(['validation:handle-mixed-script']);
    expect(await refusal('sοva')).toEqual(['validation:handle-mixed-script']);
  });

  it('refuses single-script lookalikes of an existing handle as taken', async () => {
    expect(await refusal('аре')).toEqual(['validation:handle-taken']);
    expect(await refusal('dem0-editor')).toEqual(['validation:handle-taken']);
    expect(await refusal('Demo_Editor')).toEqual(['validation:handle-taken']);
  });

  it('counts failed sign-ins for a lookalike against the handle it imitates', async () => {
    for (const handle of ['dem0-editor', 'demo_editor', 'DEMO-EDITOR']) {
      await t
        .client()
        .post('/api/v1/auth/login')
        .send({ handle, password: 'wrong-one' })
        .expect(401);
    }
    await t
      .client()
      .post('/api/v1/auth/login')
      .send({ handle: 'demo-editor', password: 'password-of-demo-editor' })
      .expect(429);
  });
});
