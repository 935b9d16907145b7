import { retentionCodes, retentionLabels } from '../../../common/reception-api';

/** The 保管期限 to choose from (labels shared with the server, common/reception-api.ts). */
export const retentionOptions = retentionCodes.map((code) => ({ value: code, label: `${retentionLabels[code]}（${code}）` }));
