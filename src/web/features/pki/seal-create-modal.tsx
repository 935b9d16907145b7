import { InboxOutlined } from '@ant-design/icons';
import { App, Flex, Form, Input, Modal, Typography, Upload, type ButtonProps } from 'antd';
import { useState } from 'react';
import { sealIn } from '../../../common/signature-api';
import { errorMessage } from '../../api/client';
import { useCreateSeal } from '../../api/pki.hooks';
import { zodRule } from '../../lib/zod-rule';
import { PersonSelect } from './person-select';
import { readAsBase64 } from './pki-labels';
import { SealImage } from './seal-image';

interface Values {
  name: string;
  userIds?: string[];
}

interface Picked {
  fileName: string;
  base64: string;
  width: number;
  height: number;
}

const MIN_SIDE = 100;
const MAX_SIDE = 2000;

/** The pixel size of an image, as the browser decodes it. */
function imageSize(dataUrl: string): Promise<{ width: number; height: number }> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve({ width: img.naturalWidth, height: img.naturalHeight });
    img.onerror = () => reject(new Error('无法读取该图片'));
    img.src = dataUrl;
  });
}

/**
 * 新建电子印章: a name, the seal image (a PNG with a transparent background, 100–2000 px a side)
 * and who may use it. The server issues the seal's own certificate from the court CA.
 */
export function SealCreateModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const [picked, setPicked] = useState<Picked | null>(null);
  const [imageError, setImageError] = useState<string | null>(null);
  const create = useCreateSeal();
  const { message } = App.useApp();

  const close = () => {
    setPicked(null);
    setImageError(null);
    onClose();
  };

  const pick = async (file: File) => {
    setImageError(null);
    setPicked(null);
    if (file.type !== 'image/png' && !file.name.toLowerCase().endsWith('.png')) {
      setImageError('请选择 PNG 图片（带透明背景）');
      return;
    }
    try {
      const base64 = await readAsBase64(file);
      const { width, height } = await imageSize(`data:image/png;base64,${base64}`);
      if (Math.min(width, height) < MIN_SIDE || Math.max(width, height) > MAX_SIDE) {
        setImageError(`图片为 ${width}×${height} 像素；边长须在 ${MIN_SIDE}–${MAX_SIDE} 像素之间`);
        return;
      }
      setPicked({ fileName: file.name, base64, width, height });
    } catch (error) {
      setImageError(errorMessage(error));
    }
  };

  const onOk = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!picked) setImageError('请上传印章图像');
    if (!values || !picked) return;
    create.mutate(
      { name: values.name.trim(), imagePng: picked.base64, userIds: values.userIds ?? [] },
      {
        onSuccess: (seal) => {
          void message.success(`已新建电子印章“${seal.name}”`);
          close();
        },
        onError: (error) => void message.error(errorMessage(error)),
      },
    );
  };

  return (
    <Modal
      title="新建电子印章"
      open={open}
      onOk={() => void onOk()}
      onCancel={close}
      okText="新建"
      okButtonProps={{ 'data-testid': 'seal-create-ok' } as ButtonProps}
      confirmLoading={create.isPending}
      destroyOnHidden
      mask={{ closable: false }}
      width={600}
    >
      <Form<Values> form={form} layout="vertical" preserve={false} data-testid="seal-create-form">
        <Form.Item name="name" label="印章名称" rules={[{ required: true, whitespace: true, message: '请填写印章名称' }, zodRule(sealIn.shape.name)]}>
          <Input placeholder="如：上海市青浦区人民法院 诉讼专用章" maxLength={100} data-testid="seal-name" />
        </Form.Item>
        <Form.Item
          label="印章图像"
          required
          validateStatus={imageError ? 'error' : undefined}
          help={imageError ?? '带透明背景的 PNG 图片，边长 100–2000 像素；盖章时叠加在文书上。'}
        >
          <Flex gap={12} align="stretch">
            <div style={{ flex: 1 }}>
              <Upload.Dragger
                accept="image/png,.png"
                multiple={false}
                maxCount={1}
                showUploadList={false}
                beforeUpload={(file) => {
                  void pick(file);
                  return Upload.LIST_IGNORE;
                }}
                data-testid="seal-image-upload"
              >
                <p className="ant-upload-drag-icon">
                  <InboxOutlined />
                </p>
                <p className="ant-upload-text">{picked ? '点击或拖入另一张图片替换' : '点击或拖入 PNG 图片'}</p>
                {picked && (
                  <p className="ant-upload-hint" data-testid="seal-image-picked">
                    {picked.fileName}（{picked.width}×{picked.height} 像素）
                  </p>
                )}
              </Upload.Dragger>
            </div>
            {picked && (
              <Flex vertical align="center" gap={4} data-testid="seal-image-preview">
                <SealImage src={`data:image/png;base64,${picked.base64}`} alt="印章预览" size={128} />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  预览
                </Typography.Text>
              </Flex>
            )}
          </Flex>
        </Form.Item>
        <Form.Item name="userIds" label="授权使用人" extra="只有授权使用人才能用这枚印章签章；可以稍后修改。">
          <PersonSelect mode="multiple" placeholder="输入姓名或用户名查找" data-testid="seal-users" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
