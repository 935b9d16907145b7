import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import sharp from 'sharp';
import type { SealOut, SignatureAlgorithmName } from '../../common/signature-api.js';
import type { Db } from '../db/connect.js';
import type { CourtSealRow } from '../db/schema.js';
import { can, type RequestContext } from '../domain/access.js';
import { AppError } from '../errors.js';
import { createCertificate, generateKeyPair, SoftwareSigner, summarizeCertificate, type Signer } from '../pki/index.js';
import { BlobRepository } from '../repositories/blob.repository.js';
import type { PkiRepository } from '../repositories/pki.repository.js';
import type { ReferenceRepository } from '../repositories/reference.repository.js';
import type { UserRepository } from '../repositories/user.repository.js';
import { b64, certificateOut, der } from '../signing/certificate-out.js';
import type { ServerKeyring } from '../signing/server-keyring.js';
import { readBlob, type BlobStore } from '../storage/blob-store.js';
import { recordAudit } from './audit.service.js';
import type { SigningKeyService } from './signing-key.service.js';

/** Seals sign PDFs, which PDF readers (poppler/NSS, Adobe) verify only with ECDSA or RSA, not SM2. */
const SEAL_ALGORITHM: SignatureAlgorithmName = 'ecdsa-p256';
const SEAL_YEARS = 5;

/**
 * Court seals (电子印章), managed by the 安全保密管理员: a seal is an image (PNG with a transparent
 * background), a certificate naming the court and the seal (issued by the court CA; its key sealed
 * with the server's secret, like the CA's), and the people who may use it. Using a seal (签发) needs
 * the user to be authorised and to unlock his own signing key with his PIN — the seal's signature
 * carries the court's name, the audit trail the person's.
 */
export class SealService {
  constructor(
    private readonly db: Db,
    private readonly pki: PkiRepository,
    private readonly users: UserRepository,
    private readonly reference: ReferenceRepository,
    private readonly keys: SigningKeyService,
    private readonly keyring: ServerKeyring,
    private readonly store: BlobStore,
  ) {}

  /** Every seal (the 安全保密管理员), or those the actor may use (anyone who signs). */
  async list(ctx: RequestContext): Promise<SealOut[]> {
    const seals = await this.pki.seals();
    const links = await this.pki.sealUsers();
    const visible = can(ctx.actor, 'pki.manage') ? seals : seals.filter((s) => s.status === 'active' && links.some((l) => l.seal_id === s.id && l.user_id === ctx.actor.id));
    return Promise.all(visible.map((s) => this.out(s, links.filter((l) => l.seal_id === s.id).map((l) => l.user_id))));
  }

  /** 新建电子印章. @throws SEAL_IMAGE_INVALID, SIGNING_CA_MISSING */
  async create(ctx: RequestContext, input: { name: string; imagePng: string; userIds: string[] }): Promise<SealOut> {
    this.mustManage(ctx);
    const png = await checkedSealImage(Buffer.from(input.imagePng, 'base64'));
    await this.checkUsers(input.userIds);
    const court = await this.reference.court();
    const { authority } = await this.keys.issuingAuthority(SEAL_ALGORITHM);
    const keyPair = generateKeyPair(SEAL_ALGORITHM);
    const now = new Date();
    const certificate = await createCertificate({
      subject: { commonName: input.name, organization: court?.name ?? input.name },
      subjectPublicKey: keyPair.publicKey,
      profile: 'user',
      notBefore: now,
      notAfter: new Date(now.getTime() + SEAL_YEARS * 365 * 86_400_000),
      issuerCertificate: authority.certificate,
      issuerKey: authority.key,
    });
    const blob = await this.store.commit(await this.store.stage(Readable.from([png])));
    const summary = summarizeCertificate(certificate);
    const row: CourtSealRow = {
      id: randomUUID(),
      name: input.name,
      image_sha256: blob.sha256,
      algorithm: SEAL_ALGORITHM,
      certificate: b64(certificate),
      key_envelope: await this.keyring.seal(keyPair),
      serial: summary.serialNumber,
      status: 'active',
      created_by: ctx.actor.id,
      created_at: now.toISOString(),
      revoked_at: null,
      revoke_reason: null,
    };
    await this.db.transaction().execute(async (trx) => {
      await new BlobRepository(trx).register(blob, row.created_at);
      const repo = this.pki.with(trx);
      await repo.insertSeal(row);
      await repo.setSealUsers(row.id, input.userIds);
      await recordAudit(trx, ctx, 'seal.create', { type: 'seal', id: row.id }, null, { name: row.name, serial: row.serial, image: blob.sha256, userIds: input.userIds });
    });
    return (await this.list(ctx)).find((s) => s.id === row.id)!;
  }

  /** Who may use the seal. */
  async setUsers(ctx: RequestContext, sealId: string, userIds: string[]): Promise<SealOut> {
    this.mustManage(ctx);
    const seal = await this.pki.seal(sealId);
    if (!seal) throw new AppError('SEAL_NOT_FOUND');
    await this.checkUsers(userIds);
    const before = (await this.pki.sealUsers(sealId)).map((l) => l.user_id);
    await this.db.transaction().execute(async (trx) => {
      await this.pki.with(trx).setSealUsers(sealId, userIds);
      await recordAudit(trx, ctx, 'seal.users', { type: 'seal', id: sealId }, { userIds: before }, { userIds });
    });
    return (await this.list(ctx)).find((s) => s.id === sealId)!;
  }

  /** 停用: the seal can no longer be used, and its signatures report a revoked certificate. */
  async revoke(ctx: RequestContext, sealId: string, reason: string): Promise<SealOut> {
    this.mustManage(ctx);
    const seal = await this.pki.seal(sealId);
    if (!seal) throw new AppError('SEAL_NOT_FOUND');
    await this.db.transaction().execute(async (trx) => {
      await this.pki.with(trx).updateSeal(sealId, { status: 'revoked', revoked_at: new Date().toISOString(), revoke_reason: reason });
      await recordAudit(trx, ctx, 'seal.revoke', { type: 'seal', id: sealId }, { status: seal.status }, { status: 'revoked', reason });
    });
    return (await this.list(ctx)).find((s) => s.id === sealId)!;
  }

  async image(sealId: string): Promise<Buffer> {
    const seal = await this.pki.seal(sealId);
    if (!seal) throw new AppError('SEAL_NOT_FOUND');
    return readBlob(this.store, seal.image_sha256);
  }

  /**
   * The seal's signer for one 签发, after the actor proved himself with his own PIN.
   * @throws SEAL_NOT_FOUND, SEAL_NOT_AUTHORISED, SIGNING_KEY_MISSING, PKI_PIN_INCORRECT
   */
  async sealSigner(ctx: RequestContext, sealId: string, pin: string): Promise<{ signer: Signer; seal: CourtSealRow; image: Buffer; personalKeyId: string }> {
    const seal = await this.pki.seal(sealId);
    if (!seal || seal.status !== 'active') throw new AppError('SEAL_NOT_FOUND');
    if (!(await this.pki.sealUsers(sealId)).some((l) => l.user_id === ctx.actor.id)) throw new AppError('SEAL_NOT_AUTHORISED');
    const personal = await this.keys.signer(ctx, SEAL_ALGORITHM, pin);
    const { authority } = await this.keys.issuingAuthority(SEAL_ALGORITHM);
    const signer = SoftwareSigner.fromKeyPair(await this.keyring.open(seal.key_envelope), der(seal.certificate), [authority.certificate, ...authority.chain]);
    return { signer, seal, image: await readBlob(this.store, seal.image_sha256), personalKeyId: personal.keyId };
  }

  private async out(s: CourtSealRow, userIds: string[]): Promise<SealOut> {
    const users = await Promise.all(userIds.map(async (id) => ({ id, name: (await this.users.byId(id))?.display_name ?? id })));
    return {
      id: s.id,
      name: s.name,
      status: s.status as SealOut['status'],
      algorithm: s.algorithm as SignatureAlgorithmName,
      certificate: certificateOut(s.certificate),
      users,
      createdAt: s.created_at,
      revokedAt: s.revoked_at,
      revokeReason: s.revoke_reason,
    };
  }

  private async checkUsers(userIds: string[]): Promise<void> {
    for (const id of userIds) {
      const u = await this.users.byId(id);
      if (!u || u.kind !== 'person') throw new AppError('USER_NOT_FOUND', `用户 ${id} 不存在`);
    }
  }

  private mustManage(ctx: RequestContext): void {
    if (!can(ctx.actor, 'pki.manage')) throw new AppError('PERMISSION_DENIED');
  }
}

/** A seal image must be a PNG with an alpha channel, at least 100 px, at most 2000 px a side. */
export async function checkedSealImage(bytes: Buffer): Promise<Buffer> {
  try {
    const meta = await sharp(bytes).metadata();
    if (meta.format !== 'png' || !meta.hasAlpha || !meta.width || !meta.height) throw new Error('not a PNG with transparency');
    if (Math.min(meta.width, meta.height) < 100 || Math.max(meta.width, meta.height) > 2000) throw new Error('size');
    return bytes;
  } catch {
    throw new AppError('SEAL_IMAGE_INVALID', '印章图像须为带透明背景的 PNG 图片，边长 100–2000 像素');
  }
}
