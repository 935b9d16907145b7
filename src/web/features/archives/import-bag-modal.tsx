import { InboxOutlined } from '@ant-design/icons';
import { App, Modal, Progress, Typography, Upload, type ButtonProps } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useImportBag } from '../../api/archives.hooks';
import { formatBytes } from '../../lib/format';
import { archivePath } from './archive-table';
import { ImportError } from './bag-findings';

/**
 * 导入 BagIt: a bag (.tar) exported by another system becomes an archive here. The server checks
 * the bag (RFC 8493: manifests, payload digests, bag-info) and refuses it with every finding.
 */
export function ImportBagModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [percent, setPercent] = useState<number | null>(null);
  const importBag = useImportBag();
  const { message } = App.useApp();
  const navigate = useNavigate();

  const close = () => {
    if (importBag.isPending) return;
    setFile(null);
    setPercent(null);
    importBag.reset();
    onClose();
  };

  const submit = () => {
    if (!file) {
      void message.warning('请选择 BagIt 包（.tar）');
      return;
    }
    setPercent(0);
    importBag.mutate(
      { file, onProgress: (p) => setPercent(p.total ? Math.min(99, Math.round((p.loaded / p.total) * 100)) : 0) },
      {
        onSuccess: (a) => {
          void message.success(`已导入，档号 ${a.archivalCode}`);
          close();
          void navigate(archivePath(a.archivalCode));
        },
        onSettled: () => setPercent(null),
      },
    );
  };

  return (
    <Modal
      title="导入 BagIt 包"
      open={open}
      okText="导入"
      cancelText="取消"
      onOk={submit}
      onCancel={close}
      confirmLoading={importBag.isPending}
      okButtonProps={{ disabled: !file, 'data-testid': 'import-submit' } as ButtonProps}
      mask={{ closable: false }}
      destroyOnHidden
      width={600}
    >
      {importBag.isError && (
        <div style={{ marginBottom: 12 }}>
          <ImportError error={importBag.error} />
        </div>
      )}
      <Upload.Dragger
        accept=".tar,application/x-tar"
        multiple={false}
        maxCount={1}
        showUploadList={false}
        beforeUpload={(f) => {
          setFile(f);
          importBag.reset();
          return Upload.LIST_IGNORE;
        }}
        data-testid="import-file"
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        {file ? (
          <p className="ant-upload-text" data-testid="import-file-name">
            {file.name}（{formatBytes(file.size)}）
          </p>
        ) : (
          <p className="ant-upload-text">点击或拖入一个 BagIt 包（.tar）</p>
        )}
        <p className="ant-upload-hint">包内须有 bagit.txt、bag-info.txt 和 SHA-256 清单；导入时逐个文件核对摘要值。</p>
      </Upload.Dragger>
      {percent !== null && <Progress percent={percent} status="active" style={{ marginTop: 8 }} />}
      {percent === null && !importBag.isError && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0, fontSize: 12 }}>
          导入后生成新的档案（OCFL 对象第 1 版），来源记为“BagIt 导入”；包有问题时不会导入，并列出全部问题。
        </Typography.Paragraph>
      )}
    </Modal>
  );
}
