import { Alert } from 'antd';
import { useVerifyAuditChain } from '../../api/audit.hooks';
import { errorMessage } from '../../api/client';

/**
 * The outcome of 校验哈希链 as an Alert: the server recomputes every event's hash and names the first
 * event that does not match.
 */
export function VerifyChainResult({ verify }: { verify: ReturnType<typeof useVerifyAuditChain> }) {
  if (verify.isError) {
    return <Alert type="error" showIcon title="校验请求失败" description={errorMessage(verify.error)} data-testid="audit-verify-result" />;
  }
  const r = verify.data;
  if (!r) return null;
  if (r.ok) {
    return (
      <Alert
        type="success"
        showIcon
        title={`哈希链完整：已校验 ${r.checked} 条`}
        description={`链头序号 ${r.headSeq}，每条事件的哈希均与其内容和前一条事件相符。`}
        closable
        data-testid="audit-verify-result"
      />
    );
  }
  return (
    <Alert
      type="error"
      showIcon
      title={r.problem ? `哈希链断裂：第 ${r.problem.seq} 号事件未通过校验` : '哈希链校验未通过'}
      description={
        <>
          {r.problem && <div>原因：{r.problem.reason}</div>}
          {r.problem?.eventId && (
            <div>
              事件编号：<span className="mono">{r.problem.eventId}</span>
            </div>
          )}
          <div>
            已校验 {r.checked} 条，链头序号 {r.headSeq}。请立即报告安全保密管理员并保全现场。
          </div>
        </>
      }
      data-testid="audit-verify-result"
    />
  );
}
