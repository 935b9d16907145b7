import { InboxOutlined } from '@ant-design/icons';
import { App, Col, DatePicker, Form, Input, Modal, Progress, Radio, Row, Select, Typography, Upload } from 'antd';
import type { ButtonProps } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { materialUploadFields } from '../../../common/capture-api';
import {
  materialCategories,
  materialCategoryLabels,
  materialSourceLabels,
  materialSources,
  type MaterialCategory,
  type MaterialSource,
} from '../../../common/vocabulary';
import { useUploadMaterial } from '../../api/materials.hooks';
import { zodRule } from '../../lib/zod-rule';
import { formatBytes } from '../../lib/format';
import { UploadError } from './upload-rejection';

interface Values {
  title: string;
  source: MaterialSource;
  category?: MaterialCategory;
  author?: string;
  documentDate?: Dayjs | null;
  hearingDate?: Dayjs | null;
  courtroom?: string;
}

interface Props {
  caseId: string;
  open: boolean;
  onClose: () => void;
}

const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : undefined);
const withoutExtension = (name: string) => name.replace(/\.[^.]{1,8}$/, '');

/**
 * 上传材料: one file with its title, source and category. The server identifies the format by
 * content, checks it and computes SHA-256 and SM3; a refused file is shown with its problems.
 */
export function MaterialUploadModal({ caseId, open, onClose }: Props) {
  const [form] = Form.useForm<Values>();
  const [file, setFile] = useState<File | null>(null);
  const [percent, setPercent] = useState<number | null>(null);
  const upload = useUploadMaterial(caseId);
  const { message } = App.useApp();
  const source = Form.useWatch('source', form);

  const close = () => {
    if (upload.isPending) return;
    setFile(null);
    setPercent(null);
    upload.reset();
    form.resetFields();
    onClose();
  };

  const onOk = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    if (!file) {
      void message.warning('请选择要上传的文件');
      return;
    }
    setPercent(0);
    upload.mutate(
      {
        file,
        fields: {
          title: values.title.trim(),
          source: values.source,
          category: values.category,
          author: values.author?.trim() || undefined,
          documentDate: day(values.documentDate),
          hearingDate: values.source === 'recording' ? day(values.hearingDate) : undefined,
          courtroom: values.source === 'recording' ? values.courtroom?.trim() || undefined : undefined,
        },
        onProgress: (p) => setPercent(p.total ? Math.min(99, Math.round((p.loaded / p.total) * 100)) : 0),
      },
      {
        onSuccess: (m) => {
          void message.success(`已上传《${m.title}》`);
          setPercent(null);
          close();
        },
        onError: () => setPercent(null),
      },
    );
  };

  return (
    <Modal
      title="上传材料"
      open={open}
      onOk={() => void onOk()}
      onCancel={close}
      okText="上传"
      okButtonProps={{ 'data-testid': 'material-upload-submit' } as ButtonProps}
      confirmLoading={upload.isPending}
      destroyOnHidden
      mask={{ closable: false }}
      width={640}
    >
      {upload.isError && (
        <div style={{ marginBottom: 12 }}>
          <UploadError error={upload.error} testId="material-upload-error" />
        </div>
      )}
      <Form<Values>
        form={form}
        name="material-upload"
        layout="vertical"
        initialValues={{ source: 'born_digital' }}
        data-testid="material-upload-form"
      >
        <Form.Item label="文件" required>
          <Upload.Dragger
            multiple={false}
            maxCount={1}
            showUploadList={false}
            beforeUpload={(f) => {
              setFile(f);
              upload.reset();
              if (!form.getFieldValue('title')) form.setFieldValue('title', withoutExtension(f.name));
              return Upload.LIST_IGNORE;
            }}
            height={upload.isError ? 96 : undefined}
            data-testid="material-upload-file"
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            {file ? (
              <p className="ant-upload-text" data-testid="material-upload-file-name">
                {file.name}（{formatBytes(file.size)}）
              </p>
            ) : (
              <p className="ant-upload-text">点击或拖入一个文件</p>
            )}
            <p className="ant-upload-hint">PDF、OFD、图像、音视频可长期保存；Word、Excel 等办公文档会提示须转换后归档。</p>
          </Upload.Dragger>
        </Form.Item>
        <Form.Item name="title" label="题名" rules={[{ required: true, whitespace: true, message: '请填写材料题名' }, zodRule(materialUploadFields.shape.title)]}>
          <Input maxLength={200} data-testid="material-upload-title" />
        </Form.Item>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="source" label="来源" rules={[{ required: true }]}>
              <Radio.Group
                optionType="button"
                options={materialSources.map((s) => ({ value: s, label: materialSourceLabels[s] }))}
                onChange={(e) => {
                  if (e.target.value === 'recording') form.setFieldValue('category', 'hearing_recording');
                  else if (form.getFieldValue('category') === 'hearing_recording') form.setFieldValue('category', undefined);
                }}
                data-testid="material-upload-source"
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="category" label="类别">
              <Select<MaterialCategory>
                allowClear
                placeholder="由系统按来源判断"
                options={materialCategories.map((c) => ({ value: c, label: materialCategoryLabels[c] }))}
                data-testid="material-upload-category"
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="author" label="责任者">
              <Input maxLength={200} placeholder="如：上海市青浦区人民法院、原告张三" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="documentDate" label="形成日期">
              <DatePicker style={{ width: '100%' }} data-testid="material-upload-date" />
            </Form.Item>
          </Col>
        </Row>
        {source === 'recording' && (
          <Row gutter={12}>
            <Col span={12}>
              <Form.Item name="hearingDate" label="庭审日期" rules={[{ required: true, message: '请填写庭审日期' }]}>
                <DatePicker style={{ width: '100%' }} data-testid="material-upload-hearing-date" />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="courtroom" label="法庭" rules={[{ required: true, whitespace: true, message: '请填写法庭' }]}>
                <Input maxLength={100} placeholder="如：第三法庭" data-testid="material-upload-courtroom" />
              </Form.Item>
            </Col>
          </Row>
        )}
      </Form>
      {percent !== null && <Progress percent={percent} status="active" data-testid="material-upload-progress" />}
      {!upload.isError && !percent && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          上传后系统按内容识别格式、校验文件并计算 SHA-256 与 SM3 摘要值；加密、损坏或扩展名与内容不符的文件不会进入案件材料，而是保存在隔离区。
        </Typography.Text>
      )}
    </Modal>
  );
}
