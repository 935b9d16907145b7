import { describe, expect, it } from 'vitest';
import { describeSetup } from './setup-report.js';

describe('describeSetup', () => {
  it('tells the demo user what is in the court, the shared password and signing PIN', () => {
    const text = describeSetup(
      {
        kind: 'demo',
        users: [{ username: 'judge1', displayName: '李慧敏', roles: ['judge'], department: '民事审判庭' }],
        cases: 380,
        materials: 416,
        reviews: { awaitingReview: 35, approved: 5, archived: 5 },
        notes: [],
      },
      'http://localhost:8080',
    );
    expect(text).toContain('卷宗库 CaseVault 已启动：http://localhost:8080');
    expect(text).toContain('35 件已提交、等待承办法官审核，5 件已审核通过');
    expect(text).toContain('5 件已经四性检测接收归档');
    expect(text).toContain('密码均为 Demo@2021；签名口令均为 Sign@2021');
    expect(text).toContain('judge1');
  });
});
