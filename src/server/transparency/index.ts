/**
 * Tamper-evident log library (issue 8 part 6): the RFC 9162 Merkle tree over the audit trail's
 * events, inclusion and consistency proofs, and signed checkpoints (C2SP signed note). Pure: no
 * database, no clock, no key storage — the service supplies leaves, time and a signer.
 * See docs/transparency.md.
 */
export {
  HASH_SIZE,
  leafHash,
  nodeHash,
  emptyRoot,
  isHash,
  hashesEqual,
  rootOf,
  inclusionProof,
  consistencyProof,
  verifyInclusion,
  verifyConsistency,
  auditLeaf,
  auditLeafHash,
  MerkleAccumulator,
  type MerkleAccumulatorState,
} from './merkle.js';
export {
  formatCheckpoint,
  parseCheckpoint,
  signCheckpoint,
  verifyCheckpoint,
  noteKeyId,
  SM2_NOTE_TYPE_ID,
  MAX_CHECKPOINT_SIGNATURES,
  MAX_CHECKPOINT_BYTES,
  type Checkpoint,
  type CheckpointIssue,
  type CheckpointIssueCode,
  type CheckpointParse,
  type CheckpointSigner,
  type CheckpointVerification,
  type NoteSignature,
  type ParsedCheckpoint,
  type VerifyCheckpointOptions,
} from './checkpoint.js';
