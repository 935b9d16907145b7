import { InboxOutlined } from '@ant-design/icons';
import { Alert, App, Form, Input, Modal, Progress, Typography, Upload, type ButtonProps, type UploadFile } from 'antd';
import { useState } from 'react';
import { supplementFields } from '../../../common/reception-api';
import { useSupplementArchive, type ArchiveOut } from '../../api/archives.hooks';
import { errorMessage } from '../../api/client';
import { formatBytes } from '../../lib/format';
import { zodRule } from '../../lib/zod-rule';
import { useFreshDialog } from '../../components/use-fresh-dialog';

/**
 * 补充归档: files added after reception, with the reason, become a new version of the archive.
 * Nothing is overwritten: the earlier versions stay readable as they were.
 */
export function SupplementModal({ archive, open, onClose }: { archive: ArchiveOut; open: boolean; onClose: () => void }) {
  const supplement = useSupplementArchive(archive.archivalCode);
  const form = useFreshDialog<{ reason: string }>(open, supplement);
  const { message } = App.useApp();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [percent, setPercent] = useState<number | null>(null);
  const total = files.reduce((n, f) => n + (f.size ?? 0), 0);

  const close = () => {
    if (supplement.isPending) return;
    setFiles([]);
    setPercent(null);
    onClose();
  };

  return (
    <Modal
      open={open}
      title="补充归档"
      okText="补充归档"
      cancelText="取消"
      width={600}
      destroyOnHidden
      mask={{ closable: false }}
      confirmLoading={supplement.isPending}
      okButtonProps={{ disabled: files.length === 0, 'data-testid': 'supplement-submit' } as ButtonProps}
      onCancel={close}
      onOk={async () => {
        const v = await form.validateFields();
        setPercent(0);
        try {
          const a = await supplement.mutateAsync({
            reason: v.reason.trim(),
            files: files.map((f) => f.originFileObj).filter((f): f is NonNullable<typeof f> => !!f),
            onProgress: (p) => setPercent(p.total ? Math.min(99, Math.round((p.loaded / p.total) * 100)) : 0),
          });
          void message.success(`已补充归档，生成新版本 ${a.headVersion}`);
          setPercent(null);
          close();
        } catch {
          setPercent(null);
        }
      }}
    >
      <Typography.Paragraph type="secondary">
        补充的文件作为档案的新版本（当前为 {archive.headVersion}）保存，原有版本不变、仍可查阅。
      </Typography.Paragraph>
      <Form form={form} layout="vertical" data-testid="supplement-form">
        <Form.Item name="reason" label="补充理由" rules={[{ required: true, whitespace: true, message: '请写明补充归档的理由' }, zodRule(supplementFields.shape.reason)]}>
          <Input.TextArea rows={2} maxLength={1000} placeholder="如：补充二审判决书送达回证" data-testid="supplement-reason" />
        </Form.Item>
        <Form.Item label="文件" required>
          <Upload.Dragger
            multiple
            fileList={files}
            beforeUpload={() => false}
            onChange={(info) => setFiles(info.fileList)}
            data-testid="supplement-files"
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">点击或拖入文件，可多选</p>
            {files.length > 0 && (
              <p className="ant-upload-hint">
                已选 {files.length} 个文件，共 {formatBytes(total)}
              </p>
            )}
          </Upload.Dragger>
        </Form.Item>
      </Form>
      {percent !== null && <Progress percent={percent} status="active" />}
      {supplement.error && <Alert type="error" showIcon title={errorMessage(supplement.error)} />}
    </Modal>
  );
}
