import { FolderAddOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Progress, Typography, Upload } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../api/client';
import { useUploadPages } from '../../api/scanning.hooks';
import { formatBytes } from '../../lib/format';
import { dropHasFolder, droppedFiles, isPageImageName } from './dropped-files';
import { naturalFileOrder } from './split-groups';

const accept = '.tif,.tiff,.jpg,.jpeg,.png,.jp2,.bmp,.gif,image/*';

/**
 * Upload of page images: drop files or a whole folder, or pick them. The pages go up in file-name
 * order (2 before 10), which becomes their page order, with one progress bar for all of them.
 */
export function PageUpload({ batchId, disabled, compact }: { batchId: string; disabled?: boolean; /** Pages are in already: a slim drop zone. */ compact?: boolean }) {
  const upload = useUploadPages(batchId);
  const [progress, setProgress] = useState<{ percent: number; files: number; bytes: number } | null>(null);

  const send = (files: Array<{ file: File; path: string }>) => {
    const images = files.filter((f) => isPageImageName(f.file.name));
    if (images.length === 0) return;
    const ordered = naturalFileOrder(images.map((f) => ({ ...f, name: f.path }))).map((f) => f.file);
    const bytes = ordered.reduce((s, f) => s + f.size, 0);
    setProgress({ percent: 0, files: ordered.length, bytes });
    upload.mutate(
      { files: ordered, onProgress: (p) => setProgress({ percent: p.total ? Math.min(100, Math.round((p.loaded / p.total) * 100)) : 0, files: ordered.length, bytes }) },
      { onSettled: () => setTimeout(() => setProgress(null), 1500) },
    );
  };

  const beforeUpload = (file: File, list: File[]) => {
    // Called once per file with the whole selection: send the selection once, with the first file.
    if (file === list[0]) send(list.map((f) => ({ file: f, path: f.webkitRelativePath || f.name })));
    return Upload.LIST_IGNORE;
  };

  const onDropCapture = (e: React.DragEvent) => {
    if (!dropHasFolder(e.dataTransfer)) return; // plain files: the dragger handles them
    e.preventDefault();
    e.stopPropagation();
    void droppedFiles(e.dataTransfer).then(send);
  };

  return (
    <Flex vertical gap={8}>
      <div onDropCapture={onDropCapture}>
        <Upload.Dragger
          multiple
          accept={accept}
          showUploadList={false}
          disabled={disabled || upload.isPending}
          beforeUpload={beforeUpload}
          height={compact ? 64 : undefined}
          data-testid="batch-upload"
        >
          {compact ? (
            <p className="ant-upload-text" style={{ margin: 0 }}>
              <InboxOutlined style={{ color: '#1f4e8c', marginInlineEnd: 8 }} />
              继续添加页面：拖入图像或文件夹，或点击选择（接在已有页面之后）
            </p>
          ) : (
            <>
              <p className="ant-upload-drag-icon">
                <InboxOutlined />
              </p>
              <p className="ant-upload-text">把页面图像或整个文件夹拖到这里，或点击选择文件</p>
              <p className="ant-upload-hint">TIFF、JPEG、JPEG 2000（PNG 可用但会提示）；按文件名顺序作为页序，每页上传后立即质检。</p>
            </>
          )}
        </Upload.Dragger>
      </div>
      <Flex justify="space-between" align="center">
        <Upload directory accept={accept} showUploadList={false} disabled={disabled || upload.isPending} beforeUpload={beforeUpload} data-testid="batch-upload-folder">
          <Button size="small" icon={<FolderAddOutlined />} disabled={disabled || upload.isPending}>
            选择文件夹
          </Button>
        </Upload>
        {progress && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {progress.files} 个文件，{formatBytes(progress.bytes)}
          </Typography.Text>
        )}
      </Flex>
      {progress && (
        <Progress
          percent={progress.percent}
          status={upload.isError ? 'exception' : progress.percent >= 100 ? 'success' : 'active'}
          data-testid="batch-upload-progress"
        />
      )}
      {upload.isError && <Alert type="error" showIcon title={errorMessage(upload.error)} closable={{ onClose: () => upload.reset() }} />}
    </Flex>
  );
}
