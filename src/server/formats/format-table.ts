import type { FileFormat, FormatFamily } from './types.js';

/** Fixed facts about one format. */
export interface FormatInfo {
  family: FormatFamily;
  mime: string;
  /** How the operator reads it in a message: "JPEG 图像". */
  label: string;
  /** File-name extensions that honestly name this content (lower case, no dot). */
  extensions: readonly string[];
}

/**
 * Family, MIME type, Chinese label and honest extensions of every format we identify. An
 * extension listed under one format and used for content of another is a disguise
 * (extension.ts), so ambiguous names are listed under every format they can honestly name.
 */
export const formatTable: Record<FileFormat, FormatInfo> = {
  pdf: { family: 'document', mime: 'application/pdf', label: 'PDF 文档', extensions: ['pdf'] },
  ofd: { family: 'document', mime: 'application/ofd', label: 'OFD 版式文档', extensions: ['ofd'] },
  jpeg: { family: 'image', mime: 'image/jpeg', label: 'JPEG 图像', extensions: ['jpg', 'jpeg', 'jpe', 'jfif'] },
  tiff: { family: 'image', mime: 'image/tiff', label: 'TIFF 图像', extensions: ['tif', 'tiff'] },
  png: { family: 'image', mime: 'image/png', label: 'PNG 图像', extensions: ['png'] },
  jp2: { family: 'image', mime: 'image/jp2', label: 'JPEG 2000 图像', extensions: ['jp2', 'jpf', 'jpx', 'j2k', 'jpc'] },
  bmp: { family: 'image', mime: 'image/bmp', label: 'BMP 图像', extensions: ['bmp', 'dib'] },
  gif: { family: 'image', mime: 'image/gif', label: 'GIF 图像', extensions: ['gif'] },
  mp3: { family: 'audio', mime: 'audio/mpeg', label: 'MP3 音频', extensions: ['mp3', 'mp2', 'mpga'] },
  wav: { family: 'audio', mime: 'audio/wav', label: 'WAV 音频', extensions: ['wav', 'wave', 'bwf'] },
  aac: { family: 'audio', mime: 'audio/aac', label: 'AAC 音频', extensions: ['aac', 'm4a', 'adts'] },
  flac: { family: 'audio', mime: 'audio/flac', label: 'FLAC 音频', extensions: ['flac'] },
  mp4: { family: 'video', mime: 'video/mp4', label: 'MP4 视频', extensions: ['mp4', 'm4v', 'mov', '3gp', 'f4v'] },
  mov: { family: 'video', mime: 'video/quicktime', label: 'QuickTime 视频', extensions: ['mov', 'qt', 'mp4', 'm4v'] },
  avi: { family: 'video', mime: 'video/x-msvideo', label: 'AVI 视频', extensions: ['avi'] },
  mkv: { family: 'video', mime: 'video/x-matroska', label: 'MKV 视频', extensions: ['mkv', 'mka', 'mk3d'] },
  webm: { family: 'video', mime: 'video/webm', label: 'WebM 视频', extensions: ['webm', 'mkv'] },
  mpeg: { family: 'video', mime: 'video/mpeg', label: 'MPEG 视频', extensions: ['mpg', 'mpeg', 'mpe', 'm1v', 'm2v', 'vob', 'ts', 'mts', 'm2ts'] },
  doc: { family: 'office', mime: 'application/msword', label: 'Word 97-2003 文档', extensions: ['doc', 'dot', 'wps'] },
  docx: {
    family: 'office',
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    label: 'Word 文档（DOCX）',
    extensions: ['docx', 'docm', 'dotx', 'dotm'],
  },
  xls: { family: 'office', mime: 'application/vnd.ms-excel', label: 'Excel 97-2003 工作簿', extensions: ['xls', 'xlt', 'et'] },
  xlsx: {
    family: 'office',
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    label: 'Excel 工作簿（XLSX）',
    extensions: ['xlsx', 'xlsm', 'xltx', 'xltm'],
  },
  ppt: { family: 'office', mime: 'application/vnd.ms-powerpoint', label: 'PowerPoint 97-2003 演示文稿', extensions: ['ppt', 'pps', 'pot', 'dps'] },
  pptx: {
    family: 'office',
    mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    label: 'PowerPoint 演示文稿（PPTX）',
    extensions: ['pptx', 'pptm', 'ppsx', 'potx'],
  },
  // Kingsoft WPS 文字 .wps is the Word binary format under another name, hence Word's MIME type.
  wps: { family: 'office', mime: 'application/msword', label: 'WPS 文字文档', extensions: ['wps'] },
  rtf: { family: 'office', mime: 'application/rtf', label: 'RTF 文档', extensions: ['rtf'] },
  txt: {
    family: 'other',
    mime: 'text/plain',
    label: '纯文本',
    extensions: ['txt', 'text', 'csv', 'tsv', 'xml', 'json', 'log', 'md', 'htm', 'html', 'ini', 'srt'],
  },
  zip: { family: 'other', mime: 'application/zip', label: 'ZIP 压缩包', extensions: ['zip'] },
  unknown: { family: 'other', mime: 'application/octet-stream', label: '无法识别的内容', extensions: [] },
};
