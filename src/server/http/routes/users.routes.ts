import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { roleInfo, serviceAccountCreate, tokenCreated, userCreate, userListQuery, userOut, userPatch, userRolesInput } from '../../../common/api.js';
import type { UserService } from '../../services/user.service.js';

const idParams = z.object({ id: z.string().min(1) });

export const userRoutes: FastifyPluginAsyncZod<{ users: UserService }> = async (app, { users }) => {
  app.get(
    '/api/v1/users',
    { schema: { tags: ['账号'], summary: '账号列表', querystring: userListQuery, response: { 200: z.array(userOut) } } },
    async (request) => users.list(request.ctx, request.query),
  );
  app.post(
    '/api/v1/users',
    { schema: { tags: ['账号'], summary: '新建人员账号（系统管理员）', body: userCreate, response: { 201: userOut } } },
    async (request, reply) => reply.status(201).send(await users.create(request.ctx, request.body)),
  );
  app.patch(
    '/api/v1/users/:id',
    { schema: { tags: ['账号'], summary: '修改账号、停用或重置密码（系统管理员）', params: idParams, body: userPatch, response: { 200: userOut } } },
    async (request) => users.update(request.ctx, request.params.id, request.body),
  );
  app.put(
    '/api/v1/users/:id/roles',
    { schema: { tags: ['账号'], summary: '设置角色（安全保密管理员）', params: idParams, body: userRolesInput, response: { 200: userOut } } },
    async (request) => users.setRoles(request.ctx, request.params.id, request.body.roles),
  );
  app.post(
    '/api/v1/service-accounts',
    { schema: { tags: ['账号'], summary: '新建接口账号并签发令牌（系统管理员；令牌只显示一次）', body: serviceAccountCreate, response: { 201: tokenCreated } } },
    async (request, reply) => reply.status(201).send(await users.createServiceAccount(request.ctx, request.body)),
  );
  app.post(
    '/api/v1/users/:id/tokens',
    {
      schema: {
        tags: ['账号'],
        summary: '为接口账号签发新令牌（系统管理员）',
        params: idParams,
        body: z.object({ name: z.string().trim().min(1).max(50).default('令牌') }),
        response: { 201: tokenCreated },
      },
    },
    async (request, reply) => reply.status(201).send(await users.issueToken(request.ctx, request.params.id, request.body.name)),
  );
  app.get(
    '/api/v1/roles',
    { schema: { tags: ['账号'], summary: '角色与权限', response: { 200: z.array(roleInfo) } } },
    async (request) => users.rolesInfo(request.ctx),
  );
};
