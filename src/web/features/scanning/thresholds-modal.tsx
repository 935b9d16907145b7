import { App, Checkbox, Col, Form, InputNumber, Modal, Radio, Row, Select, Switch, Typography } from 'antd';
import type { ButtonProps } from 'antd';
import { useEffect } from 'react';
import { errorMessage } from '../../api/client';
import { useUpdateThresholds, type ScanningPointOut } from '../../api/scanning.hooks';
import { colourModeLabels } from './scan-reasons';
import { formatLabels, fromFormValues, toFormValues, type ThresholdFormValues } from './threshold-values';

interface Props {
  point: ScanningPointOut | null;
  onClose: () => void;
}

/** 修改质检阈值 of one scanning point (DA/T 31-2017; the values the standard does not fix are ours). */
export function ThresholdsModal({ point, onClose }: Props) {
  const [form] = Form.useForm<ThresholdFormValues>();
  const update = useUpdateThresholds();
  const { message } = App.useApp();
  const checkFormats = Form.useWatch('checkFormats', form);

  useEffect(() => {
    if (point) form.setFieldsValue(toFormValues(point.thresholds));
  }, [point, form]);

  const onOk = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values || !point) return;
    update.mutate(
      { pointId: point.id, thresholds: fromFormValues(values) },
      {
        onSuccess: (p) => {
          void message.success(`已更新${p.name}的质检阈值，之后上传的页面按新阈值判定`);
          onClose();
        },
        onError: (e) => void message.error(errorMessage(e)),
      },
    );
  };

  const num = (name: keyof ThresholdFormValues, label: string, min: number, max: number, step: number, extra?: string, suffix?: string) => (
    <Form.Item name={name} label={label} extra={extra} rules={[{ required: true, message: `请填写${label}` }]} style={{ marginBottom: 12 }}>
      <InputNumber min={min} max={max} step={step} suffix={suffix} style={{ width: '100%' }} data-testid={`threshold-${name}`} />
    </Form.Item>
  );

  return (
    <Modal
      title={point ? `质检阈值 · ${point.name}` : '质检阈值'}
      open={point !== null}
      onOk={() => void onOk()}
      onCancel={onClose}
      okText="保存"
      okButtonProps={{ 'data-testid': 'thresholds-save' } as ButtonProps}
      confirmLoading={update.isPending}
      width={720}
      forceRender
      mask={{ closable: false }}
    >
      <Form form={form} layout="vertical" data-testid="thresholds-form">
        <Row gutter={16}>
          <Col span={12}>{num('minDpi', '最低分辨率', 50, 1200, 50, 'DA/T 31-2017 §9.4：不低于 200 dpi；字小、密、不清晰的不低于 300 dpi', 'dpi')}</Col>
          <Col span={12}>
            <Form.Item name="missingDpi" label="图像未记录分辨率时" style={{ marginBottom: 12 }}>
              <Radio.Group options={[{ value: 'warn', label: '提示（需注意）' }, { value: 'fail', label: '判为不合格' }]} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="allowedColourModes" label="允许的色彩模式" rules={[{ required: true, type: 'array', min: 1, message: '至少允许一种色彩模式' }]} extra="DA/T 31-2017 §9.3：红头、印章、照片须彩色" style={{ marginBottom: 12 }}>
          <Checkbox.Group options={Object.entries(colourModeLabels).map(([value, label]) => ({ value, label }))} />
        </Form.Item>
        <Form.Item label="存储格式" extra="DA/T 31-2017 §9.5：TIFF、JPEG、JPEG 2000；其他格式提示需注意" style={{ marginBottom: 12 }}>
          <Form.Item name="checkFormats" valuePropName="checked" noStyle>
            <Switch checkedChildren="检查" unCheckedChildren="不检查" />
          </Form.Item>
          {checkFormats && (
            <Form.Item name="allowedFormats" noStyle>
              <Select mode="multiple" options={Object.entries(formatLabels).map(([value, label]) => ({ value, label }))} style={{ width: 360, marginLeft: 12 }} />
            </Form.Item>
          )}
        </Form.Item>
        <Typography.Text type="secondary" style={{ display: 'block', margin: '4px 0 8px', fontSize: 12 }}>
          以下数值标准未作规定，为本系统默认值，可按扫描点的设备调整（见《扫描质检》说明）。
        </Typography.Text>
        <Row gutter={16}>
          <Col span={12}>{num('maxSkewDegrees', '最大歪斜角度', 0, 45, 0.1, '默认 1°（A4 一行约偏移 3.5 mm）', '°')}</Col>
          <Col span={12}>{num('maxBlackBorderPercent', '最大黑边占比', 0, 100, 0.5, '默认 1%', '%')}</Col>
          <Col span={12}>{num('blankInkPercent', '空白页墨迹占比上限', 0, 20, 0.01, '低于此比例判为空白页，默认 0.03%', '%')}</Col>
          <Col span={12}>{num('minPaperLevel', '最低纸面亮度', 0, 255, 1, '低于此值判为过暗（0–255），默认 128')}</Col>
          <Col span={12}>{num('minContrast', '最低对比度', 0, 255, 1, '字迹与纸面的亮度差，默认 48')}</Col>
          <Col span={12}>{num('minSharpness', '最低清晰度', 0, 5, 0.05, '默认 0.25；清晰印刷约 0.45–0.7')}</Col>
        </Row>
      </Form>
    </Modal>
  );
}
