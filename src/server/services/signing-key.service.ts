import { randomUUID } from 'node:crypto';
import type { AuthorityOut, ImportCaIn, SignatureAlgorithmName, UserCertificateOut } from '../../common/signature-api.js';
import type { Db } from '../db/connect.js';
import type { PkiAuthorityRow, UserKeyRow } from '../db/schema.js';
import { can, systemContext, type RequestContext } from '../domain/access.js';
import { AppError } from '../errors.js';
import {
  changePin,
  createCourtCa,
  generateKeyPair,
  importCaFromPem,
  importCaFromPkcs12,
  issueUserCertificate,
  sealPrivateKey,
  softwareSigningKey,
  SoftwareSigner,
  summarizeCertificate,
  toPem,
  type CmsVerifyOptions,
  type IssuingAuthority,
  type ScryptParams,
  type Signer,
} from '../pki/index.js';
import type { PkiRepository, UserKeyListRow } from '../repositories/pki.repository.js';
import type { ReferenceRepository } from '../repositories/reference.repository.js';
import type { UserRepository } from '../repositories/user.repository.js';
import { b64, certificateOut, der } from '../signing/certificate-out.js';
import { pkiCall } from '../signing/pki-errors.js';
import { PinAttempts } from '../signing/pin-attempts.js';
import type { ServerKeyring } from '../signing/server-keyring.js';
import { recordAudit } from './audit.service.js';

/** The demo's keys are demo keys: a light KDF keeps seeding (and every test installation) quick. */
const DEMO_SCRYPT: ScryptParams = { N: 1024, r: 8, p: 1 };

/** Every user who signs holds one key per algorithm: SM2 for 国密 approvals, ECDSA P-256 for PDF readers. */
export const USER_ALGORITHMS: readonly SignatureAlgorithmName[] = ['sm2', 'ecdsa-p256'];

/**
 * The court's signing keys: its internal CA (a root and an issuing certificate per algorithm,
 * created on first start unless the court imports its own), users' key pairs and certificates
 * (private keys sealed with the user's signing PIN, never stored in the clear), revocation, and the
 * trust anchors signatures are verified against. A Signer comes out unlocked for one operation;
 * a USB key or HSM can later provide the same interface.
 */
export class SigningKeyService {
  constructor(
    private readonly db: Db,
    private readonly pki: PkiRepository,
    private readonly users: UserRepository,
    private readonly reference: ReferenceRepository,
    private readonly keyring: ServerKeyring,
    /** scrypt cost of users' key envelopes; lowered only for demo seeding and tests. */
    private readonly userScrypt?: ScryptParams,
  ) {
    this.pinAttempts = new PinAttempts(users);
  }

  private readonly pinAttempts: PinAttempts;

  /** Creates the court CA for every algorithm that has none yet (first start). */
  async ensureCourtCa(ctx: RequestContext): Promise<void> {
    const court = await this.reference.court();
    if (!court) return;
    for (const algorithm of USER_ALGORITHMS) {
      if (await this.pki.activeAuthority(algorithm, 'issuing')) continue;
      const ca = await createCourtCa({ courtName: court.name, algorithm });
      const now = new Date().toISOString();
      const rows: PkiAuthorityRow[] = [];
      for (const [kind, material] of [['root', ca.root], ['issuing', ca.issuing]] as const) {
        rows.push(authorityRow(algorithm, kind, material.certificate, await this.keyring.seal(material.keyPair), 'generated', now));
      }
      await this.db.transaction().execute(async (trx) => {
        const repo = this.pki.with(trx);
        if (await repo.activeAuthority(algorithm, 'issuing')) return; // another process was first
        for (const row of rows) await repo.insertAuthority(row);
        await recordAudit(trx, ctx, 'pki.ca.create', { type: 'pki_authority', id: rows[1]!.id }, null, { algorithm, root: rows[0]!.subject, issuing: rows[1]!.subject });
      });
    }
  }

  /** The actor's own certificates. */
  async mine(ctx: RequestContext): Promise<UserCertificateOut[]> {
    return (await this.pki.keys({ userId: ctx.actor.id })).map(userCertificateOut);
  }

  /**
   * 设置签名口令 (first time only): issues the actor's key pairs (one per algorithm), sealed with the PIN.
   * @throws PKI_PIN_WEAK, PERMISSION_DENIED, SIGNING_ENROL_REFUSED when he has had certificates before
   */
  async enrol(ctx: RequestContext, pin: string): Promise<UserCertificateOut[]> {
    if (!can(ctx.actor, 'signature.use')) throw new AppError('PERMISSION_DENIED');
    // Only the first time: with a session alone nobody may replace keys he cannot unlock, nor undo
    // a revocation — that takes the old PIN (修改签名口令) or the 安全保密管理员.
    if ((await this.pki.keys({ userId: ctx.actor.id })).length > 0) throw new AppError('SIGNING_ENROL_REFUSED');
    await this.issue(ctx, ctx.actor.id, pin, 'pki.enrol');
    return this.mine(ctx);
  }

  /** 安全保密管理员 issues certificates for a user with an initial PIN (handed over like a USB key). */
  async issueFor(ctx: RequestContext, userId: string, pin: string): Promise<UserCertificateOut[]> {
    this.mustManage(ctx);
    const user = await this.users.byId(userId);
    if (!user || user.kind !== 'person') throw new AppError('USER_NOT_FOUND');
    await this.issue(ctx, userId, pin, 'pki.issue');
    return (await this.pki.keys({ userId })).map(userCertificateOut);
  }

  /** Demo seeding: certificates for a demo account, its key sealed with the demo PIN under a light KDF. */
  async issueDemo(userId: string, pin: string): Promise<void> {
    await this.issue(systemContextForDemo(), userId, pin, 'pki.issue', DEMO_SCRYPT);
  }

  /** 修改签名口令: re-seals every active key under the new PIN. @throws PKI_PIN_INCORRECT, PKI_PIN_WEAK, SIGNING_KEY_MISSING */
  async changePin(ctx: RequestContext, oldPin: string, newPin: string): Promise<UserCertificateOut[]> {
    const keys = (await this.pki.keys({ userId: ctx.actor.id, status: 'active' })) as UserKeyRow[];
    if (keys.length === 0) throw new AppError('SIGNING_KEY_MISSING');
    const resealed = await this.pinAttempts.guard(ctx.actor.id, () =>
      pkiCall(() => Promise.all(keys.map(async (k) => ({ id: k.id, envelope: JSON.stringify(await changePin(k.key_envelope, oldPin, newPin, this.sealOptions())) })))),
    );
    await this.db.transaction().execute(async (trx) => {
      for (const r of resealed) await this.pki.with(trx).updateKey(r.id, { key_envelope: r.envelope });
      await recordAudit(trx, ctx, 'pki.pin', { type: 'user', id: ctx.actor.id }, null, { keys: keys.map((k) => k.serial) });
    });
    return this.mine(ctx);
  }

  async list(ctx: RequestContext, filter: { userId?: string; status?: string }): Promise<UserCertificateOut[]> {
    this.mustManage(ctx);
    return (await this.pki.keys(filter)).map(userCertificateOut);
  }

  /** 吊销: signatures made with the certificate no longer verify. @throws SIGNING_CERT_NOT_FOUND */
  async revoke(ctx: RequestContext, keyId: string, reason: string): Promise<UserCertificateOut> {
    this.mustManage(ctx);
    const key = await this.pki.key(keyId);
    if (!key) throw new AppError('SIGNING_CERT_NOT_FOUND');
    if (key.status === 'revoked') throw new AppError('VALIDATION_FAILED', '该证书已吊销');
    const now = new Date().toISOString();
    await this.db.transaction().execute(async (trx) => {
      await this.pki.with(trx).updateKey(keyId, { status: 'revoked', revoked_at: now, revoked_by: ctx.actor.id, revoke_reason: reason });
      await recordAudit(trx, ctx, 'pki.revoke', { type: 'user', id: key.user_id }, { status: key.status }, { status: 'revoked', serial: key.serial, reason });
    });
    return userCertificateOut((await this.pki.keys({ userId: key.user_id })).find((k) => k.id === keyId)!);
  }

  /** The CA certificates, active and retired, with PEM (public information). */
  async authorities(): Promise<AuthorityOut[]> {
    return (await this.pki.authorities()).map((a) => ({
      id: a.id,
      algorithm: a.algorithm as SignatureAlgorithmName,
      kind: a.kind as 'root' | 'issuing',
      origin: a.origin as 'generated' | 'imported',
      active: a.active === 1,
      certificate: certificateOut(a.certificate),
      pem: toPem(der(a.certificate), 'CERTIFICATE'),
    }));
  }

  /**
   * 导入本院 CA: the imported CA certificate (with its key) becomes the issuing authority for its
   * algorithm; its issuers become the roots. Earlier authorities stay trusted for what they signed.
   * @throws PKI_* for a file that cannot be read, a key that does not match, a non-CA certificate
   */
  async importCa(ctx: RequestContext, input: ImportCaIn): Promise<AuthorityOut[]> {
    this.mustManage(ctx);
    const imported = await pkiCall(() =>
      input.format === 'pem' ? importCaFromPem(input.certificates, input.privateKey) : importCaFromPkcs12(new Uint8Array(Buffer.from(input.pkcs12, 'base64')), input.password),
    );
    const algorithm = imported.keyPair.algorithm;
    const now = new Date().toISOString();
    const issuing = authorityRow(algorithm, 'issuing', imported.certificate, await this.keyring.seal(imported.keyPair), 'imported', now);
    const summary = summarizeCertificate(imported.certificate);
    const roots = imported.chain.length ? imported.chain : summary.subject === summary.issuer ? [imported.certificate] : [];
    if (roots.length === 0) throw new AppError('PKI_CERT_INVALID', '请一并提供签发该 CA 证书的根证书');
    await this.db.transaction().execute(async (trx) => {
      const repo = this.pki.with(trx);
      await repo.retireAuthorities(algorithm);
      for (const root of roots) await repo.insertAuthority(authorityRow(algorithm, 'root', root, null, 'imported', now));
      await repo.insertAuthority(issuing);
      await recordAudit(trx, ctx, 'pki.ca.import', { type: 'pki_authority', id: issuing.id }, null, { algorithm, subject: issuing.subject, serial: issuing.serial });
    });
    return this.authorities();
  }

  /**
   * The actor's signer for one algorithm, unlocked with his PIN, with the chain up to the root.
   * @throws SIGNING_KEY_MISSING, PKI_PIN_INCORRECT
   */
  async signer(ctx: RequestContext, algorithm: SignatureAlgorithmName, pin: string): Promise<{ signer: Signer; keyId: string }> {
    const key = await this.pki.activeKey(ctx.actor.id, algorithm);
    if (!key) throw new AppError('SIGNING_KEY_MISSING');
    const issuer = await this.pki.authority(key.issuer_id);
    const chain = issuer ? [der(issuer.certificate), ...(await this.rootsAbove(issuer)).map((r) => der(r.certificate))] : [];
    const signer = await this.pinAttempts.guard(ctx.actor.id, () => pkiCall(() => SoftwareSigner.unlock(key.key_envelope, pin, der(key.certificate), chain)));
    return { signer, keyId: key.id };
  }

  /** The active issuing authority of an algorithm, ready to issue (its key opened with the server secret). */
  async issuingAuthority(algorithm: SignatureAlgorithmName): Promise<{ authority: IssuingAuthority; row: PkiAuthorityRow }> {
    const row = await this.pki.activeAuthority(algorithm, 'issuing');
    if (!row?.key_envelope) throw new AppError('SIGNING_CA_MISSING');
    const keyPair = await this.keyring.open(row.key_envelope);
    const roots = await this.rootsAbove(row);
    return { authority: { certificate: der(row.certificate), key: softwareSigningKey(keyPair), chain: roots.map((r) => der(r.certificate)) }, row };
  }

  /** What signatures are verified against: every root the court has had, and the revoked serials. */
  async trust(): Promise<CmsVerifyOptions> {
    const roots = (await this.pki.authorities()).filter((a) => a.kind === 'root').map((a) => der(a.certificate));
    return { trustedRoots: roots, revokedSerials: await this.pki.revokedSerials() };
  }

  private async rootsAbove(issuing: PkiAuthorityRow): Promise<PkiAuthorityRow[]> {
    const roots = (await this.pki.authorities()).filter((a) => a.kind === 'root' && a.algorithm === issuing.algorithm);
    const issuer = summarizeCertificate(der(issuing.certificate)).issuer;
    const matching = roots.filter((r) => summarizeCertificate(der(r.certificate)).subject === issuer);
    return matching.length ? matching.slice(-1) : roots.slice(-1);
  }

  private async issue(ctx: RequestContext, userId: string, pin: string, action: 'pki.enrol' | 'pki.issue', scrypt?: ScryptParams): Promise<void> {
    const user = await this.users.byId(userId);
    if (!user) throw new AppError('USER_NOT_FOUND');
    const department = user.department_id ? (await this.reference.departments()).find((d) => d.id === user.department_id)?.name : undefined;
    const now = new Date().toISOString();
    const rows: UserKeyRow[] = [];
    for (const algorithm of USER_ALGORITHMS) {
      const { authority, row: issuer } = await this.issuingAuthority(algorithm);
      const keyPair = generateKeyPair(algorithm);
      const envelope = JSON.stringify(await pkiCall(() => sealPrivateKey(keyPair, pin, scrypt ? { scrypt } : this.sealOptions())));
      const certificate = await issueUserCertificate(authority, { commonName: user.display_name, ...(department ? { department } : {}), publicKey: keyPair.publicKey });
      const summary = summarizeCertificate(certificate);
      rows.push({
        id: randomUUID(),
        user_id: userId,
        algorithm,
        certificate: b64(certificate),
        key_envelope: envelope,
        serial: summary.serialNumber,
        issuer_id: issuer.id,
        not_before: summary.notBefore,
        not_after: summary.notAfter,
        status: 'active',
        created_at: now,
        revoked_at: null,
        revoked_by: null,
        revoke_reason: null,
      });
    }
    await this.db.transaction().execute(async (trx) => {
      const repo = this.pki.with(trx);
      for (const old of await repo.keys({ userId, status: 'active' })) await repo.updateKey(old.id, { status: 'replaced' });
      for (const row of rows) await repo.insertKey(row);
      await recordAudit(trx, ctx, action, { type: 'user', id: userId }, null, { certificates: rows.map((r) => ({ algorithm: r.algorithm, serial: r.serial })) });
    });
  }

  private sealOptions() {
    return this.userScrypt ? { scrypt: this.userScrypt } : {};
  }

  private mustManage(ctx: RequestContext): void {
    if (!can(ctx.actor, 'pki.manage')) throw new AppError('PERMISSION_DENIED');
  }
}

function authorityRow(algorithm: string, kind: 'root' | 'issuing', certificate: Uint8Array, keyEnvelope: string | null, origin: 'generated' | 'imported', now: string): PkiAuthorityRow {
  const s = summarizeCertificate(certificate);
  return {
    id: randomUUID(),
    algorithm,
    kind,
    certificate: b64(certificate),
    key_envelope: keyEnvelope,
    serial: s.serialNumber,
    subject: s.subject,
    not_before: s.notBefore,
    not_after: s.notAfter,
    origin,
    active: 1,
    created_at: now,
  };
}

function userCertificateOut(k: UserKeyListRow): UserCertificateOut {
  return {
    id: k.id,
    userId: k.user_id,
    username: k.username,
    displayName: k.display_name,
    algorithm: k.algorithm as SignatureAlgorithmName,
    status: k.status as UserCertificateOut['status'],
    certificate: certificateOut(k.certificate),
    createdAt: k.created_at,
    revokedAt: k.revoked_at,
    revokeReason: k.revoke_reason,
  };
}

const systemContextForDemo = () => systemContext('demo-seed');
