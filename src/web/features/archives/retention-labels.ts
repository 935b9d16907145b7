import { retentionCodes, type RetentionCodeName } from '../../../common/reception-api';

/**
 * 保管期限 as people read them (DOMAIN.md §4.6): the court scheme 永久 / 长期（60年）/ 短期（30年）,
 * and the national 定期10年. The server sends the label with every period; these are for choosing one.
 */
export const retentionLabels: Record<RetentionCodeName, string> = {
  Y: '永久',
  C60: '长期（60年）',
  D30: '短期（30年）',
  D10: '定期10年',
};

export const retentionOptions = retentionCodes.map((code) => ({ value: code, label: `${retentionLabels[code]}（${code}）` }));
