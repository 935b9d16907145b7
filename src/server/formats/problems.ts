import { cataloguedFinding } from '../domain/catalogued-finding.js';
import type { FileProblem, ProblemSeverity } from './types.js';

/**
 * The catalogue of file-check findings: every code with its fixed severity and its Chinese
 * message, so the same finding always reads the same way. docs/file-checks.md lists the same codes
 * with their meaning and how to fix them; a unit test keeps the two in step.
 */
export const problemCatalogue = {
  FILE_UNREADABLE: { severity: 'error', message: '无法读取文件' },
  FILE_EMPTY: { severity: 'error', message: '文件为空（0 字节），不能归档' },
  FILE_CORRUPT: { severity: 'error', message: '文件已损坏，无法读取其内部结构' },
  FORMAT_UNKNOWN: { severity: 'error', message: '无法识别文件格式，不能作为电子档案接收' },
  FORMAT_DISGUISED: { severity: 'error', message: '文件扩展名与实际内容不符' },
  FORMAT_NOT_ALLOWED: { severity: 'warning', message: '办公文档不能直接作为长期保存格式，请转换为 PDF 或 OFD 后再归档' },
  FORMAT_NOT_LONG_TERM: { severity: 'warning', message: '该格式不在长期保存格式范围内（GB/T 18894-2016），请转换后再归档' },
  OFFICE_ENCRYPTED: { severity: 'error', message: '办公文档已加密，无法检测和长期保存，请提交未加密的版本' },
  PDF_CORRUPT: { severity: 'error', message: 'PDF 文件已损坏，无法完整打开' },
  PDF_ENCRYPTED: { severity: 'error', message: '文件已加密，无法长期保存和检测，请提交未加密的版本' },
  PDF_XREF_INVALID: { severity: 'warning', message: 'PDF 交叉引用表位置不正确，阅读软件需修复后才能打开' },
  PDF_FONTS_NOT_EMBEDDED: { severity: 'warning', message: 'PDF 中有字体未嵌入，在其他计算机上可能显示错误' },
  PDF_NO_TEXT_LAYER: { severity: 'info', message: 'PDF 没有可提取的文字（可能是扫描件），全文检索前需要进行 OCR 识别' },
  PDF_PAGES_SAMPLED: { severity: 'info', message: 'PDF 页数较多，文字层和字体只抽查了部分页面' },
  OFD_CORRUPT: { severity: 'error', message: 'OFD 文件已损坏或结构不完整' },
  IMAGE_CORRUPT: { severity: 'error', message: '图像文件已损坏，无法完整解码' },
  IMAGE_NO_DPI: { severity: 'warning', message: '图像文件未记录分辨率（DPI），无法判断是否符合扫描要求' },
  MEDIA_CORRUPT: { severity: 'error', message: '音视频文件已损坏或无法解析' },
  TOOL_UNAVAILABLE: { severity: 'info', message: '检测工具不可用，该项检测未执行' },
  TOOL_FAILED: { severity: 'warning', message: '检测工具运行失败，该项检测未完成' },
  INSPECTION_FAILED: { severity: 'error', message: '检测过程出现意外错误，请联系系统管理员' },
} as const satisfies Record<string, { severity: ProblemSeverity; message: string }>;

/** Every finding code; see docs/file-checks.md. */
export type ProblemCode = keyof typeof problemCatalogue;

/**
 * Builds a finding from the catalogue. `detail` says what exactly is wrong in this file (a page
 * number, a missing part, the tool's own words) and is appended after a full-width colon.
 */
export function problem(code: ProblemCode, detail?: string): FileProblem {
  return cataloguedFinding(problemCatalogue, code, detail);
}
