import { Button, Flex, Form, Input, List, Modal, Tag, Typography } from 'antd';
import { useState } from 'react';
import { volumeKindLabels } from '../../../common/catalogue-api';
import { addWaiver, removeWaiver, type CatalogueSlot, type DraftWaiver } from './catalogue-draft';
import type { ApplyChange } from './book-table';
import { focusProps, useActiveFocus } from './catalogue-focus';
import styles from './catalogue.module.css';

/**
 * Required slots (必备材料): those with no material and no 本案无 are listed; 本案无 asks why and
 * records a waiver. Waivers already given are shown with their reasons and can be taken back.
 */
export function SlotsPanel({
  missing,
  waivers,
  apply,
  onRequestScan,
}: {
  missing: CatalogueSlot[];
  waivers: DraftWaiver[];
  apply: ApplyChange | null;
  /** 申请补扫 for a missing slot; absent when read-only. */
  onRequestScan?: (slot: CatalogueSlot) => void;
}) {
  const [waiving, setWaiving] = useState<CatalogueSlot | null>(null);
  const [form] = Form.useForm<{ reason: string }>();
  const active = useActiveFocus();
  const flash = { a: styles.focusA!, b: styles.focusB! };

  return (
    <Flex vertical gap={8}>
      {missing.length === 0 ? (
        <Typography.Text type="success" data-testid="missing-none">
          必备材料齐全（或已注明本案无）
        </Typography.Text>
      ) : (
        <List
          size="small"
          header={<Typography.Text type="danger">缺少必备材料（{missing.length}）</Typography.Text>}
          data-testid="missing-slots"
          dataSource={missing}
          rowKey="id"
          renderItem={(s) => (
            <List.Item
              data-testid="missing-slot"
              data-slot-id={s.id}
              {...focusProps(active, `slot:${s.id}`, flash)}
              actions={
                apply
                  ? [
                      ...(onRequestScan
                        ? [
                            <Button key="scan" size="small" data-testid="missing-scan" onClick={() => onRequestScan(s)}>
                              申请补扫
                            </Button>,
                          ]
                        : []),
                      <Button
                        key="waive"
                        size="small"
                        data-testid="missing-waive"
                        onClick={() => {
                          form.resetFields();
                          setWaiving(s);
                        }}
                      >
                        本案无
                      </Button>,
                    ]
                  : undefined
              }
            >
              <span>
                <Tag>{volumeKindLabels[s.volume]}</Tag>
                {s.title}
              </span>
            </List.Item>
          )}
        />
      )}
      {waivers.length > 0 && (
        <List
          size="small"
          header={<Typography.Text type="secondary">已注明本案无（{waivers.length}）</Typography.Text>}
          data-testid="waivers"
          dataSource={waivers}
          rowKey="slotId"
          renderItem={(w) => (
            <List.Item
              data-testid="waiver"
              data-slot-id={w.slotId}
              {...focusProps(active, `waiver:${w.slotId}`, flash)}
              actions={
                apply
                  ? [
                      <Button key="remove" size="small" type="link" data-testid="waiver-remove" onClick={() => apply((d) => removeWaiver(d, w.slotId))}>
                        移除
                      </Button>,
                    ]
                  : undefined
              }
            >
              <List.Item.Meta title={w.slotTitle} description={`原因：${w.reason}`} />
            </List.Item>
          )}
        />
      )}
      <Modal
        open={waiving !== null}
        title={`本案无“${waiving?.title ?? ''}”`}
        okText="确定"
        cancelText="取消"
        okButtonProps={{ 'data-testid': 'waiver-submit' }}
        onCancel={() => setWaiving(null)}
        onOk={() => form.submit()}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          onFinish={({ reason }) => {
            if (waiving && apply) apply((d) => addWaiver(d, waiving, reason));
            setWaiving(null);
          }}
        >
          <Form.Item
            name="reason"
            label="原因"
            rules={[
              { required: true, whitespace: true, message: '请写明本案无此材料的原因' },
              { min: 2, message: '请写明本案无此材料的原因' },
              { max: 500 },
            ]}
          >
            <Input.TextArea rows={3} autoFocus placeholder="如：当庭宣判，当事人当庭签收判决书，无送达回证" data-testid="waiver-reason" />
          </Form.Item>
        </Form>
      </Modal>
    </Flex>
  );
}
