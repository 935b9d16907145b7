import { sql } from 'kysely';
import type { Db } from '../db/connect.js';
import type { ApprovalRow, ReviewCommentRow, ReviewRow } from '../db/schema.js';

export interface ReviewQueueRow extends ReviewRow {
  case_number: string;
  cause_of_action: string | null;
  department_id: string;
  department_name: string;
  clerk_name: string | null;
  judge_name: string | null;
  submitter_name: string | null;
}

/** Review rounds, reviewers' comments and signed approvals. No business rules here. */
export class ReviewRepository {
  constructor(private readonly db: Db) {}

  with(db: Db): ReviewRepository {
    return new ReviewRepository(db);
  }

  async rounds(caseId: string): Promise<ReviewRow[]> {
    return this.db.selectFrom('review').selectAll().where('case_id', '=', caseId).orderBy('round').execute();
  }

  async open(caseId: string): Promise<ReviewRow | undefined> {
    return this.db.selectFrom('review').selectAll().where('case_id', '=', caseId).where('decision', 'is', null).executeTakeFirst();
  }

  async insert(row: ReviewRow): Promise<void> {
    await this.db.insertInto('review').values(row).execute();
  }

  /** Records the decision of a round still open; false when someone decided it meanwhile. */
  async decide(id: string, set: Pick<ReviewRow, 'decision' | 'comments' | 'decided_by' | 'decided_at'>): Promise<boolean> {
    const r = await this.db.updateTable('review').set(set).where('id', '=', id).where('decision', 'is', null).executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  /** Open rounds awaiting a decision, oldest first, for the cases matched by `scope`. */
  async queue(scope: { reviewerId: string; departmentIds: readonly string[] }): Promise<ReviewQueueRow[]> {
    return this.db
      .selectFrom('review')
      .innerJoin('court_case', 'court_case.id', 'review.case_id')
      .innerJoin('department', 'department.id', 'court_case.department_id')
      .leftJoin('app_user as clerk', 'clerk.id', 'court_case.clerk_id')
      .leftJoin('app_user as judge', 'judge.id', 'court_case.judge_id')
      .leftJoin('app_user as submitter', 'submitter.id', 'review.submitted_by')
      .selectAll('review')
      .select([
        'court_case.case_number as case_number',
        'court_case.cause_of_action as cause_of_action',
        'court_case.department_id as department_id',
        'department.name as department_name',
        'clerk.display_name as clerk_name',
        'judge.display_name as judge_name',
        'submitter.display_name as submitter_name',
      ])
      .where('review.decision', 'is', null)
      .where((eb) => {
        const mine = eb('review.reviewer_id', '=', scope.reviewerId);
        return scope.departmentIds.length ? eb.or([mine, eb('court_case.department_id', 'in', [...scope.departmentIds])]) : mine;
      })
      .orderBy('review.submitted_at')
      .limit(500)
      .execute();
  }

  async comments(caseId: string): Promise<Array<ReviewCommentRow & { author_name: string | null; round: number }>> {
    return this.db
      .selectFrom('review_comment')
      .innerJoin('review', 'review.id', 'review_comment.review_id')
      .leftJoin('app_user', 'app_user.id', 'review_comment.author_id')
      .selectAll('review_comment')
      .select(['app_user.display_name as author_name', 'review.round as round'])
      .where('review_comment.case_id', '=', caseId)
      .orderBy('review_comment.created_at')
      .execute();
  }

  async comment(id: string): Promise<ReviewCommentRow | undefined> {
    return this.db.selectFrom('review_comment').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async insertComment(row: ReviewCommentRow): Promise<void> {
    await this.db.insertInto('review_comment').values(row).execute();
  }

  async deleteComment(id: string): Promise<void> {
    await this.db.deleteFrom('review_comment').where('id', '=', id).execute();
  }

  async resolveComment(id: string, set: Pick<ReviewCommentRow, 'resolved_at' | 'resolved_by'>): Promise<void> {
    await this.db.updateTable('review_comment').set(set).where('id', '=', id).execute();
  }

  async openCommentCounts(reviewIds: readonly string[]): Promise<Map<string, number>> {
    if (reviewIds.length === 0) return new Map();
    const rows = await this.db
      .selectFrom('review_comment')
      .select(['review_id', sql<number>`count(*)`.as('n')])
      .where('review_id', 'in', [...reviewIds])
      .groupBy('review_id')
      .execute();
    return new Map(rows.map((r) => [r.review_id, Number(r.n)]));
  }

  async currentApproval(caseId: string): Promise<ApprovalRow | undefined> {
    return this.db.selectFrom('approval').selectAll().where('case_id', '=', caseId).where('status', '=', 'current').executeTakeFirst();
  }

  async insertApproval(row: ApprovalRow): Promise<void> {
    await this.db.updateTable('approval').set({ status: 'superseded' }).where('case_id', '=', row.case_id).where('status', '=', 'current').execute();
    await this.db.insertInto('approval').values(row).execute();
  }
}
