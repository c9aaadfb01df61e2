// The framework floor: the same one-row read served by the smallest server of each kind, so the
// hot-path benchmark's ratios can be read against what the stack itself costs. Run as a child
// process: `floor-server.ts <kind> <port> <database url>`, kinds below. No middleware, no
// logging, no guards: whatever the academy costs beyond these numbers is its own.
import 'reflect-metadata';
import { createServer } from 'node:http';
import { Controller, Get, Module, Param, type INestApplication } from '@nestjs/common';
import { type AbstractHttpAdapter, NestFactory } from '@nestjs/core';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Args, Field, GraphQLModule, ID, ObjectType, Query, Resolver } from '@nestjs/graphql';
import pg from 'pg';

const FLOOR_ROW_SQL = 'SELECT id, name, issued_at FROM floor_rows WHERE id = $1';

const [kind, port, databaseUrl] = process.argv.slice(2) as [string, string, string];
const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
const row = async (id: string) => {
  const { rows } = await pool.query<{ id: string; name: string; issued_at: Date }>({
    name: 'floor-row',
    text: FLOOR_ROW_SQL,
    values: [id],
  });
  const r = rows[0];
  return r && { id: r.id, name: r.name, issuedAt: r.issued_at.toISOString() };
};

@ObjectType('FloorRow')
class FloorRow {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String) issuedAt!: string;
}

@Resolver()
class FloorResolver {
  @Query(() => FloorRow, { nullable: true })
  // tsx does not emit decorator metadata; @Args reads the parameter types from it.
  @Reflect.metadata('design:paramtypes', [String])
  floorRow(@Args('id', { type: () => ID }) id: string) {
    return row(id);
  }
}

@Controller('floor')
class FloorController {
  @Get(':id')
  floorRow(@Param('id') id: string) {
    return row(id);
  }
}

@Module({ controllers: [FloorController] })
class RestModule {}

@Module({
  imports: [
    GraphQLModule.forRoot<ApolloDriverConfig>({
      driver: ApolloDriver,
      autoSchemaFile: true,
      csrfPrevention: true,
      graphiql: false,
    }),
  ],
  providers: [FloorResolver],
})
class GraphqlModule {}

async function nest(module: object, adapter: 'express' | 'fastify'): Promise<INestApplication> {
  // Imported by name: the floor runs with whichever adapters are installed.
  const name = `@nestjs/platform-${adapter}`;
  const exports = (await import(name)) as Record<string, new () => AbstractHttpAdapter>;
  const Adapter = exports[adapter === 'express' ? 'ExpressAdapter' : 'FastifyAdapter']!;
  return NestFactory.create(module, new Adapter(), { logger: false });
}

if (kind === 'bare') {
  createServer((req, res) => {
    void row(req.url!.split('/')[2]!).then((r) => {
      const body = JSON.stringify(r ?? null);
      res.writeHead(200, { 'content-type': 'application/json' }).end(body);
    });
  }).listen(Number(port), '127.0.0.1');
} else {
  const [, adapter, api] = kind.split('-') as ['nest', 'express' | 'fastify', 'rest' | 'graphql'];
  const app = await nest(api === 'rest' ? RestModule : GraphqlModule, adapter);
  await app.listen(Number(port), '127.0.0.1');
}
