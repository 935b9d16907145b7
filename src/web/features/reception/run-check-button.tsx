import { SafetyCertificateOutlined } from '@ant-design/icons';
import { App, Button, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { errorMessage } from '../../api/client';
import { useRunFourPropertyCheck } from '../../api/reception.hooks';

/** Seconds since `running` became true, ticking while it stays true. */
function useElapsed(running: boolean): number {
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    if (!running) return;
    setSeconds(0);
    const started = Date.now();
    const timer = setInterval(() => setSeconds(Math.floor((Date.now() - started) / 1000)), 500);
    return () => clearInterval(timer);
  }, [running]);
  return seconds;
}

/**
 * 运行四性检测: the server gathers the package and checks every file, which takes seconds; the
 * button stays disabled and says how long it has been running.
 */
export function RunCheckButton({ caseId, rerun }: { caseId: string; rerun: boolean }) {
  const run = useRunFourPropertyCheck(caseId);
  const elapsed = useElapsed(run.isPending);
  const { message } = App.useApp();
  return (
    <Space>
      <Button
        type={rerun ? 'default' : 'primary'}
        icon={<SafetyCertificateOutlined />}
        loading={run.isPending}
        onClick={() =>
          run.mutate(undefined, {
            onSuccess: (r) => void message[r.passed ? 'success' : 'warning'](r.passed ? '四性检测通过' : '四性检测未通过，请查看不通过的检测项'),
            onError: (e) => void message.error(errorMessage(e)),
          })
        }
        data-testid="run-check"
      >
        {run.isPending ? '正在检测…' : rerun ? '重新检测' : '运行四性检测'}
      </Button>
      {run.isPending && (
        <Typography.Text type="secondary" data-testid="run-check-progress">
          正在校验文件摘要、格式与签名，已用 {elapsed} 秒
        </Typography.Text>
      )}
    </Space>
  );
}
