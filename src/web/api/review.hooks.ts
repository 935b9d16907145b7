import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApprovalOut, CaseReviewOut, ReviewCommentIn, ReviewDecisionIn, ReviewQueueItem } from '../../common/review-api';
import { api, ApiError } from './client';
import { catalogueKeys } from './catalogue.hooks';

/**
 * 审核: a case file's review rounds and comments, submitting it, the judge's decision (approve with
 * the signing PIN, or return), the review queue, and the signed approval with its verification.
 */

export type { ApprovalOut, CaseReviewOut, ReviewCommentOut, ReviewQueueItem } from '../../common/review-api';

export const reviewKeys = {
  all: ['review'] as const,
  forCase: (caseId: string) => ['review', 'case', caseId] as const,
  queue: ['review', 'queue'] as const,
  approval: (caseId: string) => ['review', 'approval', caseId] as const,
};

const enc = encodeURIComponent;

export function useCaseReview(caseId: string, enabled = true) {
  return useQuery({
    queryKey: reviewKeys.forCase(caseId),
    queryFn: ({ signal }) => api.get<CaseReviewOut>(`/api/v1/cases/${enc(caseId)}/review`, undefined, { signal }),
    enabled: enabled && caseId !== '',
  });
}

/** After any step the case (its state), its catalogue (locked or not) and the queue are stale. */
function useInvalidate(caseId: string) {
  const queryClient = useQueryClient();
  return (state: CaseReviewOut) => {
    queryClient.setQueryData(reviewKeys.forCase(caseId), state);
    void queryClient.invalidateQueries({ queryKey: reviewKeys.queue });
    void queryClient.invalidateQueries({ queryKey: reviewKeys.approval(caseId) });
    void queryClient.invalidateQueries({ queryKey: ['cases'] });
    void queryClient.invalidateQueries({ queryKey: catalogueKeys.checks(caseId) });
  };
}

/** 提交审核. @throws ApiError REVIEW_CHECK_FAILED (details.findings), REVIEW_NO_JUDGE, ARCHIVE_TRANSITION_INVALID */
export function useSubmitForReview(caseId: string) {
  const done = useInvalidate(caseId);
  return useMutation({ mutationFn: () => api.post<CaseReviewOut>(`/api/v1/cases/${enc(caseId)}/submit`), onSuccess: done });
}

export function useAddReviewComment(caseId: string) {
  const done = useInvalidate(caseId);
  return useMutation({ mutationFn: (body: ReviewCommentIn) => api.post<CaseReviewOut>(`/api/v1/cases/${enc(caseId)}/review/comments`, body), onSuccess: done });
}

export function useDeleteReviewComment(caseId: string) {
  const done = useInvalidate(caseId);
  return useMutation({ mutationFn: (commentId: string) => api.delete<CaseReviewOut>(`/api/v1/cases/${enc(caseId)}/review/comments/${enc(commentId)}`), onSuccess: done });
}

export function useResolveReviewComment(caseId: string) {
  const done = useInvalidate(caseId);
  return useMutation({ mutationFn: (commentId: string) => api.post<CaseReviewOut>(`/api/v1/cases/${enc(caseId)}/review/comments/${enc(commentId)}/resolve`), onSuccess: done });
}

/** 审核通过（签名） or 退回修改. @throws ApiError PKI_PIN_INCORRECT, SIGNING_KEY_MISSING, REVIEW_RETURN_REASON */
export function useDecideReview(caseId: string) {
  const done = useInvalidate(caseId);
  return useMutation({ mutationFn: (body: ReviewDecisionIn) => api.post<CaseReviewOut>(`/api/v1/cases/${enc(caseId)}/review`, body), onSuccess: done });
}

export function useReviewQueue(enabled = true) {
  return useQuery({ queryKey: reviewKeys.queue, queryFn: ({ signal }) => api.get<{ items: ReviewQueueItem[] }>('/api/v1/reviews', undefined, { signal }), enabled });
}

/** The signed approval, verified by the server now; null before there is one. */
export function useApproval(caseId: string, enabled = true) {
  return useQuery({
    queryKey: reviewKeys.approval(caseId),
    queryFn: async ({ signal }): Promise<ApprovalOut | null> => {
      try {
        return await api.get<ApprovalOut>(`/api/v1/cases/${enc(caseId)}/approval`, undefined, { signal });
      } catch (error) {
        if (error instanceof ApiError && error.code === 'APPROVAL_NOT_FOUND') return null;
        throw error;
      }
    },
    enabled: enabled && caseId !== '',
  });
}
