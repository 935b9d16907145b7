import { InboxOutlined } from '@ant-design/icons';
import { Alert, Card, Descriptions, Flex, Spin, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useVerifyPdf } from '../../api/document-signatures.hooks';
import { formatBytes } from '../../lib/format';
import { SignatureList } from './signature-list';

/**
 * 验证签名: anyone who may read cases uploads a PDF and sees each signature checked against the
 * court's certificates — digest, signature, chain, validity, revocation. The file is not kept.
 */
export default function VerifySignaturesPage() {
  const verify = useVerifyPdf();
  const [name, setName] = useState<string | null>(null);
  const out = verify.data;
  const invalid = out?.signatures.filter((s) => !s.verification.valid).length ?? 0;

  return (
    <Flex vertical gap={12}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        验证签名
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        上传一份 PDF 文书，逐个检查其中的电子签名与电子印章：签名后内容是否被改动、签名值是否正确、证书是否由本院签发、签名时是否在有效期内、是否已被吊销。文件只用于验证，不会保存。
      </Typography.Paragraph>
      <Card size="small" data-testid="verify-upload">
        <Upload.Dragger
          accept=".pdf,application/pdf"
          multiple={false}
          maxCount={1}
          showUploadList={false}
          disabled={verify.isPending}
          beforeUpload={(file) => {
            setName(file.name);
            verify.mutate(file);
            return Upload.LIST_IGNORE;
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">点击或将 PDF 文件拖到此处</p>
          <p className="ant-upload-hint">{name ? `当前文件：${name}` : '支持带有拟稿、核稿、签发签名或其他 PAdES 签名的 PDF'}</p>
        </Upload.Dragger>
      </Card>
      {verify.isPending && <Spin tip="正在验证…"><div style={{ height: 48 }} /></Spin>}
      {verify.error && <Alert type="error" showIcon title={verify.error.message} data-testid="verify-error" />}
      {out && (
        <Card size="small" title="验证结果" data-testid="verify-result">
          <Alert
            style={{ marginBottom: 12 }}
            showIcon
            type={out.signatures.length === 0 ? 'warning' : out.allValid ? 'success' : 'error'}
            title={
              out.signatures.length === 0
                ? '该文件没有电子签名'
                : out.allValid
                  ? `全部 ${out.signatures.length} 个签名有效`
                  : `${out.signatures.length} 个签名中有 ${invalid} 个无效`
            }
            data-testid="verify-summary"
          />
          <Descriptions
            size="small"
            column={1}
            style={{ marginBottom: 12 }}
            styles={{ label: { width: 76, whiteSpace: 'nowrap' } }}
            items={[
              { key: 'name', label: '文件', children: out.fileName },
              { key: 'size', label: '大小', children: formatBytes(out.size) },
              { key: 'sha', label: 'SHA-256', children: <Typography.Text copyable className="mono" style={{ wordBreak: 'break-all' }}>{out.sha256}</Typography.Text> },
            ]}
          />
          <SignatureList signatures={out.signatures} />
        </Card>
      )}
    </Flex>
  );
}
