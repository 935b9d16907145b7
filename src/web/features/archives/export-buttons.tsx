import { ExportOutlined } from '@ant-design/icons';
import { Button, Space, Tooltip } from 'antd';
import { archiveExportUrl } from '../../api/archives.hooks';

/** 导出 EEP (DA/T 48 电子文件封装包, .xml) and 导出 BagIt (RFC 8493, .tar); the browser saves the file. */
export function ExportButtons({ archivalCode }: { archivalCode: string }) {
  return (
    <Space>
      <Tooltip title="电子文件封装包（DA/T 48），XML，含签名">
        <Button icon={<ExportOutlined />} href={archiveExportUrl(archivalCode, 'eep')} data-testid="archive-export-eep">
          导出 EEP
        </Button>
      </Tooltip>
      <Tooltip title="BagIt 包（RFC 8493），tar 格式，可导入其他系统">
        <Button icon={<ExportOutlined />} href={archiveExportUrl(archivalCode, 'bagit')} data-testid="archive-export-bagit">
          导出 BagIt
        </Button>
      </Tooltip>
    </Space>
  );
}
