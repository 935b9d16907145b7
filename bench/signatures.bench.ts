import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { approvalManifest, type ApprovalManifestInput } from '../src/server/domain/approval-manifest.js';
import { readPdfSignatures, signPdf } from '../src/server/pdf-signing/index.js';
import {
  createCourtCa,
  generateKeyPair,
  issuingAuthority,
  issueUserCertificate,
  signDetachedCms,
  SoftwareSigner,
  verifyDetachedCms,
  verifyDetachedCmsDigest,
  type SignatureAlgorithm,
} from '../src/server/pki/index.js';

/**
 * Signatures (issue 6), SM2 beside ECDSA P-256 in one run: signing and verifying the approval
 * manifest of a 300-material case (two files each), and the three incremental signatures of a
 * 50-page PDF document with verification of all three. Pure CPU on the machine's own keys.
 */
export async function signaturesBench(): Promise<object> {
  const manifest = new TextEncoder().encode(approvalManifest(manifestOf(300)));
  const pdf = await pdfOf(50);
  const runs = [];
  for (const algorithm of ['sm2', 'ecdsa-p256'] as SignatureAlgorithm[]) {
    const ca = await createCourtCa({ courtName: '上海市青浦区人民法院', algorithm });
    const key = generateKeyPair(algorithm);
    const cert = await issueUserCertificate(issuingAuthority(ca), { commonName: '李慧敏', department: '民事审判庭', publicKey: key.publicKey });
    const signer = SoftwareSigner.fromKeyPair(key, cert, [ca.issuing.certificate, ca.root.certificate]);
    const trust = { trustedRoots: [ca.root.certificate] };
    const sign = await timed(10, () => signDetachedCms(manifest, signer));
    const cms = await signDetachedCms(manifest, signer);
    const verify = await timed(10, async () => {
      if (!verifyDetachedCms(cms, manifest, trust).valid) throw new Error('approval did not verify');
    });
    let signed = pdf;
    const pdfSign = await timed(1, async () => {
      for (const reason of ['拟稿', '核稿', '签发']) signed = await signPdf(signed, { signCms: (bytes) => signDetachedCms(bytes, signer), signingTime: new Date(), reason, name: '李慧敏' });
    });
    const pdfVerify = await timed(5, async () => {
      for (const s of await readPdfSignatures(signed)) {
        const ok = verifyDetachedCmsDigest(s.cms, (d) => new Uint8Array(createHash(d).update(s.signedBytes).digest()), trust).valid;
        if (!ok) throw new Error('PDF signature did not verify');
      }
    });
    runs.push({
      algorithm,
      manifestBytes: manifest.length,
      approvalSignMs: sign,
      approvalVerifyMs: verify,
      pdfPages: 50,
      pdfBytes: pdf.length,
      pdfThreeSignaturesMs: pdfSign,
      pdfVerifyThreeMs: pdfVerify,
    });
  }
  return { scenario: 'signatures', runs };
}

async function timed(times: number, work: () => Promise<unknown>): Promise<number> {
  await work(); // warm-up
  const t: number[] = [];
  for (let i = 0; i < times; i++) {
    const t0 = performance.now();
    await work();
    t.push(performance.now() - t0);
  }
  t.sort((a, b) => a - b);
  return Math.round(t[Math.floor(t.length / 2)]! * 10) / 10;
}

function manifestOf(materials: number): ApprovalManifestInput {
  const hex = (n: number, salt: string) => createHash('sha256').update(`${salt}${n}`).digest('hex');
  return {
    court: { name: '上海市青浦区人民法院', code: '沪0118' },
    case: { id: 'c', caseNumber: '（2021）沪0118民初1002号', causeOfAction: '借款合同纠纷' },
    catalogue: { version: 3, template: 'civil_first_instance@1' },
    volumes: [
      {
        kind: 'main',
        number: 1,
        pages: materials * 3,
        entries: Array.from({ length: materials }, (_, n) => ({
          seq: n + 1,
          materialId: `m${n}`,
          title: `证据材料（${n + 1}）`,
          responsible: '原告',
          date: '2021-06-01',
          pageStart: n * 3 + 1,
          pageEnd: n * 3 + 3,
          remarks: null,
          files: ['original', 'document'].map((role) => ({ role, name: `证据${n + 1}.pdf`, format: 'pdf', size: 100_000 + n, sha256: hex(n, role), sm3: hex(n, `sm3${role}`) })),
        })),
      },
    ],
    waivers: [],
    duplicates: [],
    review: { round: 1, submittedBy: '刘婷婷', submittedAt: '2026-11-24T08:00:00.000Z' },
    approver: { id: 'u', name: '李慧敏', certificate: { serialNumber: '1', sha256Fingerprint: hex(0, 'fp'), algorithm: 'sm2', subject: 'CN=李慧敏' } },
    approvedAt: '2026-11-24T09:00:00.000Z',
  };
}

async function pdfOf(pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 0; i < pages; i++) doc.addPage([595, 842]).drawText(`Page ${i + 1}`, { x: 72, y: 760, size: 24, font });
  return doc.save();
}
