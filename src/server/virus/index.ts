/**
 * Virus scanning through ClamAV's clamd (unix socket or TCP, no dependency) for the 四性检测 items
 * 4-1 杀毒软件 and 4-2 病毒感染检测 (DA/T 70-2018 clause 4-1). See docs/virus-scan.md.
 */
export { VirusScanner } from './virus-scanner.js';
export type { ScanFile, VirusScannerOptions, VirusScannerStatus } from './virus-scanner.js';
export { parseClamdSetting, describeEndpoint, AUTO_ENDPOINTS, DEBIAN_CLAMD_SOCKET, DEFAULT_CLAMD_PORT } from './clamd-setting.js';
export type { ClamdEndpoint, ClamdSetting } from './clamd-setting.js';
export { ClamdClient, ClamdError, DEFAULT_TIMEOUTS } from './clamd-client.js';
export type { ClamdTimeouts, ScanInput } from './clamd-client.js';
export { parseScanReplies, parseVersionReply, signaturesLabel } from './clamd-protocol.js';
export type { ClamdVersion, ScanReply } from './clamd-protocol.js';
