import { Tag } from 'antd';
import { checkResultLabels, type CheckResultName } from '../../../common/reception-api';

const resultColors: Record<CheckResultName, string> = { pass: 'green', fail: 'red', not_applicable: 'default', not_checked: 'orange' };

/** One item's result: 通过 green, 不通过 red, 不适用 grey, 未检测 orange. */
export function CheckResultTag({ result }: { result: CheckResultName }) {
  return (
    <Tag color={resultColors[result]} data-testid="check-result" data-result={result}>
      {checkResultLabels[result]}
    </Tag>
  );
}

/** The verdict of a whole report: 通过 / 未通过, or 未检测 when none was run. */
export function VerdictTag({ passed }: { passed: boolean | null }) {
  if (passed === null) return <Tag color="orange">未检测</Tag>;
  return <Tag color={passed ? 'green' : 'red'}>{passed ? '通过' : '未通过'}</Tag>;
}
