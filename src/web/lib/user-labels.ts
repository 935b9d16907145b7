import type { UserOut } from '../../common/api';

/** 账号类型: a person, or another system signing in with a token. */
export const userKindLabels: Record<UserOut['kind'], string> = { person: '人员', service: '接口账号' };
