import { CheckCircleFilled, CloseCircleFilled, DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Space, Typography } from 'antd';
import { checkStageLabels } from '../../../common/reception-api';
import { reportJsonUrl, reportPdfUrl, type FourPropertyReportOut } from '../../api/reception.hooks';
import { formatBytes, formatTime } from '../../lib/format';
import { ReportSummaryText } from './report-summary-text';

const stageNames = { GD: checkStageLabels.filing, YJ: checkStageLabels.reception, BC: checkStageLabels.preservation } as const;

/** The verdict banner of a report: passed or not, what was measured, by whom; print and download. */
export function ReportVerdict({ report }: { report: FourPropertyReportOut }) {
  const failedMandatory = report.items.filter((i) => i.mandatory && (i.result === 'fail' || i.result === 'not_checked')).length;
  return (
    <Alert
      type={report.passed ? 'success' : 'error'}
      showIcon
      icon={report.passed ? <CheckCircleFilled /> : <CloseCircleFilled />}
      data-testid="report-verdict"
      data-passed={report.passed}
      title={
        <Flex justify="space-between" align="center" wrap gap={8}>
          <Typography.Text strong>
            {report.passed ? '四性检测通过：必检项全部通过或不适用，可以接收归档' : `四性检测未通过：${failedMandatory} 个必检项不通过或未检测`}
          </Typography.Text>
          <Space>
            <Button size="small" icon={<PrinterOutlined />} href={reportPdfUrl(report.id)} target="_blank" rel="noopener" data-testid="report-pdf">
              打印报告
            </Button>
            <Button size="small" icon={<DownloadOutlined />} href={reportJsonUrl(report.id)} download={`四性检测报告-${report.caseNumber}.json`} data-testid="report-json">
              下载 JSON
            </Button>
          </Space>
        </Flex>
      }
      description={
        <Flex vertical gap={2}>
          <ReportSummaryText summary={report.summary} />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {stageNames[report.stage]}环节 · {report.checkedBy ?? '系统'}于 {formatTime(report.generatedAt)} 检测 · {report.files} 个文件，{formatBytes(report.bytes)} · 用时{' '}
            {(report.durationMs / 1000).toFixed(1)} 秒
          </Typography.Text>
        </Flex>
      }
    />
  );
}
