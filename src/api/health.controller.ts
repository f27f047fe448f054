import { Controller, Get, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { Public } from '../auth/access.decorators.js';

@ApiTags('health')
@Controller()
export class HealthController {
  constructor(private readonly dataSource: DataSource) {}

  /** 200 once the database answers a query, 503 otherwise. */
  @Get('/health')
  @Public()
  async health(@Res() reply: FastifyReply): Promise<void> {
    try {
      await this.dataSource.query('SELECT 1');
      void reply.header('cache-control', 'no-store').send({ status: 'ok' });
    } catch {
      void reply.status(503).header('cache-control', 'no-store').send({ status: 'unavailable' });
    }
  }
}
