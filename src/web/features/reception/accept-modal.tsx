import { Alert, App, Descriptions, Form, Input, Modal, Select, Typography, type ButtonProps } from 'antd';
import { receiveIn, type RetentionCodeName } from '../../../common/reception-api';
import { ApiError, errorMessage } from '../../api/client';
import { useReceive, type ReceptionProposalOut } from '../../api/reception.hooks';
import { zodRule } from '../../lib/zod-rule';
import { retentionOptions } from '../archives/retention-labels';
import { useFreshDialog } from '../../components/use-fresh-dialog';

interface Values {
  retentionPeriod: RetentionCodeName;
  retentionReason?: string;
}

/**
 * 接收归档: shows the 档号 the file will get and the 保管期限 proposed with the rules behind it; the
 * archivist may choose another period, with a reason. The server runs the 四性检测 once more and
 * refuses (RECEPTION_CHECK_FAILED) if it no longer passes.
 */
export function AcceptModal({ caseId, open, proposal, onClose }: { caseId: string; open: boolean; proposal: ReceptionProposalOut; onClose: () => void }) {
  const receive = useReceive(caseId);
  const form = useFreshDialog<Values>(open, receive);
  const { message } = App.useApp();
  const chosen = Form.useWatch('retentionPeriod', form);
  const changed = !!chosen && chosen !== proposal.retentionPeriod.code;
  const checkFailed = receive.error instanceof ApiError && receive.error.code === 'RECEPTION_CHECK_FAILED';
  return (
    <Modal
      open={open}
      title="接收归档"
      okText="接收归档"
      cancelText="取消"
      width={600}
      destroyOnHidden
      confirmLoading={receive.isPending}
      okButtonProps={{ 'data-testid': 'accept-submit' } as ButtonProps}
      onCancel={onClose}
      onOk={async () => {
        const v = await form.validateFields();
        try {
          const out = await receive.mutateAsync({
            decision: 'accept',
            ...(changed ? { retentionPeriod: v.retentionPeriod, retentionReason: v.retentionReason?.trim() } : {}),
          });
          void message.success(`已接收归档，档号 ${out.archivalCode ?? ''}`);
          onClose();
        } catch {
          // shown below
        }
      }}
    >
      <Descriptions
        size="small"
        column={1}
        bordered
        styles={{ label: { width: 110, whiteSpace: 'nowrap' } }}
        items={[
          {
            key: 'code',
            label: '档号',
            children: (
              <Typography.Text strong className="mono" data-testid="accept-archival-code">
                {proposal.nextArchivalCode}
              </Typography.Text>
            ),
          },
          { key: 'series', label: '编号序列', children: proposal.series },
          {
            key: 'retention',
            label: '拟定保管期限',
            children: (
              <>
                <Typography.Text strong>{proposal.retentionPeriod.label}</Typography.Text>
                {proposal.retentionReasons.length > 0 && (
                  <ul style={{ margin: '4px 0 0', paddingInlineStart: 18 }} data-testid="accept-retention-reasons">
                    {proposal.retentionReasons.map((r, i) => (
                      <li key={i}>
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {r}
                        </Typography.Text>
                      </li>
                    ))}
                  </ul>
                )}
              </>
            ),
          },
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ margin: '8px 0 12px', fontSize: 12 }}>
        档号以接收时的编号为准。接收时系统再次运行四性检测，通过后将案卷封装为不可修改的档案（OCFL 对象第 1 版），案卷状态变为“已归档”。
      </Typography.Paragraph>
      <Form<Values> form={form} layout="vertical" initialValues={{ retentionPeriod: proposal.retentionPeriod.code }} data-testid="accept-form">
        <Form.Item name="retentionPeriod" label="保管期限" rules={[{ required: true }]} extra={changed ? '与拟定的保管期限不同，须写明理由' : undefined}>
          <Select options={retentionOptions} style={{ width: 240 }} data-testid="accept-retention" />
        </Form.Item>
        {changed && (
          <Form.Item
            name="retentionReason"
            label="调整理由"
            rules={[{ required: true, whitespace: true, message: '改用其他保管期限须写明理由' }, zodRule(receiveIn.shape.retentionReason)]}
          >
            <Input.TextArea rows={2} maxLength={500} data-testid="accept-retention-reason" />
          </Form.Item>
        )}
      </Form>
      {receive.error && (
        <Alert
          type="error"
          showIcon
          title={errorMessage(receive.error)}
          description={checkFailed ? '接收时重新检测未通过，页面上的报告已更新，请查看不通过的检测项。' : undefined}
          data-testid="accept-error"
        />
      )}
    </Modal>
  );
}
