import { UploadOutlined } from '@ant-design/icons';
import { App, Button, Progress, Space, Upload } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../api/client';
import { useReplacePage, type ScanPageOut } from '../../api/scanning.hooks';

interface Props {
  batchId: string;
  pageId: string;
  /** The re-scanned page, once it is in (it takes the old page's position). */
  onReplaced?: (page: ScanPageOut) => void;
  type?: 'primary' | 'default' | 'link';
  'data-testid'?: string;
}

/** 上传重扫页: one image that takes the place of a page sent back for re-scan. */
export function ReplacePageButton({ batchId, pageId, onReplaced, type = 'primary', 'data-testid': testId = 'page-replace-file' }: Props) {
  const replace = useReplacePage(batchId);
  const [percent, setPercent] = useState<number | null>(null);
  const { message } = App.useApp();

  return (
    <Space orientation="vertical" size={4} style={{ width: '100%' }}>
      <Upload
        accept="image/*,.tif,.tiff,.jp2"
        multiple={false}
        showUploadList={false}
        disabled={replace.isPending}
        beforeUpload={(file) => {
          setPercent(0);
          replace.mutate(
            { pageId, file, onProgress: (p) => setPercent(p.total ? Math.round((p.loaded / p.total) * 100) : 0) },
            {
              onSuccess: (page) => {
                void message.success('重扫页已上传，正在质检');
                setPercent(null);
                onReplaced?.(page);
              },
              onError: (e) => {
                setPercent(null);
                void message.error(errorMessage(e));
              },
            },
          );
          return Upload.LIST_IGNORE;
        }}
        data-testid={testId}
      >
        <Button type={type} icon={<UploadOutlined />} loading={replace.isPending}>
          上传重扫页
        </Button>
      </Upload>
      {percent !== null && <Progress percent={percent} size="small" status="active" />}
    </Space>
  );
}
