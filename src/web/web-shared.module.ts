import { Global, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { ErrorFilter } from './error.filter.js';
import { ErrorResponder } from './error-responder.js';
import { FormSession } from './form-session.js';
import { PageInterceptor } from './page.decorator.js';
import { ReaderPageCache } from './reader-page-cache.js';
import { ViewRenderer } from './view-renderer.js';

/** Rendering, error responses and form sessions, shared by every page adapter. */
@Global()
@Module({
  providers: [
    ViewRenderer,
    ErrorResponder,
    ErrorFilter,
    FormSession,
    ReaderPageCache,
    { provide: APP_INTERCEPTOR, useClass: PageInterceptor },
  ],
  exports: [ViewRenderer, ErrorResponder, ErrorFilter, FormSession, ReaderPageCache],
})
export class WebSharedModule {}
