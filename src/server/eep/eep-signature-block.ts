import { ALGORITHM_INFO, summarizeCertificate, type Signer } from '../pki/index.js';
import { element as el } from './xml-text.js';

/**
 * 电子签名块 (DA/T 48-2009; DA/T 46 M57–M64). What is signed is stated in 签名规则 so that a
 * receiving archive without CaseVault can check it with OpenSSL: the exact bytes of the
 * `被签名对象` element as they stand in the file — from `<被签名对象` to `</被签名对象>` inclusive,
 * UTF-8, no canonicalisation (XML-DSig C14N would make streaming GB-sized packages impractical).
 */
export const SIGNATURE_RULE =
  '对文件中“被签名对象”元素的原始 UTF-8 字节（自“<被签名对象”起至“</被签名对象>”止，含首尾标签，不做规范化）' +
  '计算摘要（SM2 用 SM3，ECDSA 用 SHA-256），生成分离式 CMS SignedData（RFC 5652 / GB/T 35275），Base64 写入签名结果';

export const SIGNATURE_ID = '签名1';

export function signatureBlock(signer: Signer, cms: Uint8Array, signingTime: string): string {
  const pad = '\n    ';
  const summary = summarizeCertificate(signer.certificate);
  return (
    '\n  <电子签名块>' +
    pad + el('签名标识符', SIGNATURE_ID) +
    pad + el('签名规则', SIGNATURE_RULE) +
    pad + el('签名时间', signingTime) +
    pad + el('签名人', summary.commonName ?? summary.subject) +
    pad + el('签名结果', base64Lines(cms)) +
    pad + '<证书块>' +
    pad + '  ' + el('证书', base64Lines(signer.certificate)) +
    pad + '  ' + el('证书引证', summary.issuer) +
    pad + '</证书块>' +
    pad + el('签名算法标识', ALGORITHM_INFO[signer.algorithm].signatureOid) +
    '\n  </电子签名块>'
  );
}

/** Small values (a CMS, a certificate) in 76-character lines like the file data. */
function base64Lines(bytes: Uint8Array): string {
  return '\n' + (Buffer.from(bytes).toString('base64').match(/.{1,76}/g) ?? []).join('\n') + '\n';
}
