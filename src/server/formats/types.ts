/**
 * What `inspectFile` reports about one file. The shapes are shared by the format checkers, the
 * ingest pipeline and the four-property checks (DA/T 70-2018 3-2 内容数据可用性).
 */

/** A file format identified by content (magic bytes, container structure), never by extension. */
export type FileFormat =
  | 'pdf' | 'ofd'
  | 'jpeg' | 'tiff' | 'png' | 'jp2' | 'bmp' | 'gif'
  | 'mp3' | 'wav' | 'aac' | 'flac'
  | 'mp4' | 'mov' | 'avi' | 'mkv' | 'webm' | 'mpeg'
  | 'doc' | 'docx' | 'xls' | 'xlsx' | 'ppt' | 'pptx' | 'wps' | 'rtf'
  | 'txt' | 'zip' | 'unknown';

/** What kind of content: decides which checker runs and what the operator is told to convert to. */
export type FormatFamily = 'document' | 'image' | 'audio' | 'video' | 'office' | 'other';

/** error: refuse the file; warning: accept, but it needs work; info: worth knowing. */
export type ProblemSeverity = 'error' | 'warning' | 'info';

/** One finding. `message` is Chinese, written for the operator at the reception desk. */
export interface FileProblem {
  code: string;
  severity: ProblemSeverity;
  message: string;
}

/** An OFD package's structure (GB/T 33190-2016): documents, pages and signatures, summed over documents. */
export interface OfdFacts {
  docCount: number;
  pages: number;
  signatures: number;
  version?: string;
}

/** Everything `inspectFile` found out about one file; the fields a format does not have stay unset. */
export interface FileFacts {
  format: FileFormat;
  family: FormatFamily;
  mime: string;
  /** From the original file name: lower case, without the dot; null when there is none. */
  declaredExtension: string | null;
  /** On the long-term preservation allow-list (see allow-list.ts for the standards and choices). */
  longTermAllowed: boolean;
  // documents
  pages?: number;
  encrypted?: boolean;
  /** Any (sampled) page has extractable text. */
  textLayer?: boolean;
  fontsEmbedded?: boolean;
  pdfVersion?: string;
  /** The PDF/A level the file claims in its XMP metadata (e.g. "PDF/A-2b"); a claim, not a validation. */
  pdfA?: string | null;
  // images
  width?: number;
  height?: number;
  /** Resolution recorded in the file; null when the file records none. */
  dpi?: number | null;
  colourMode?: 'bitonal' | 'grey' | 'colour';
  bitsPerSample?: number;
  compression?: string;
  // audio and video
  durationSeconds?: number;
  audioCodec?: string;
  videoCodec?: string;
  container?: string;
  sampleRate?: number;
  videoWidth?: number;
  videoHeight?: number;
  // OFD (GB/T 33190-2016)
  ofd?: OfdFacts;
  // plain text
  /** Character encoding of a plain-text file: 'utf-8', 'utf-16le', 'utf-16be' or 'gb18030'. */
  textEncoding?: string;
  problems: FileProblem[];
}

/** Run-time settings; defaults suit production. Tests inject missing tools through these. */
export interface InspectOptions {
  /** ffprobe executable (name on PATH or absolute path). Default 'ffprobe'. */
  ffprobe?: string;
  /** ffmpeg executable, used to decode JPEG 2000 and BMP images. Default 'ffmpeg'. */
  ffmpeg?: string;
  /** Longest an external tool may run, in milliseconds. Default 120 000. */
  toolTimeoutMs?: number;
  /** How many pages of a PDF to read for text and fonts; all pages when the PDF has no more. Default 40. */
  pdfSamplePages?: number;
}

/** The part of FileFacts a single checker contributes. */
export type CheckerFacts = Omit<Partial<FileFacts>, 'problems'> & { problems: FileProblem[] };
