import { App, Button, Popconfirm, Tooltip, type ButtonProps } from 'antd';
import { ApiError, errorMessage } from '../../api/client';
import { useSubmitForReview } from '../../api/review.hooks';

/**
 * 提交审核: sends the saved catalogue to the presiding judge. Not while there are unsaved changes
 * (the judge must see what is saved), nor while the completeness check has an error.
 */
export function SubmitForReviewButton({ caseId, dirty, checkOk, judge }: { caseId: string; dirty: boolean; checkOk: boolean | undefined; judge: string | null }) {
  const submit = useSubmitForReview(caseId);
  const { message } = App.useApp();
  const why = dirty ? '请先保存目录' : checkOk === false ? '完整性检查还有须处理的问题' : !judge ? '本案没有登记承办法官' : null;
  return (
    <Tooltip title={why}>
      <span>
        <Popconfirm
          title="提交审核？"
          description={`提交后目录锁定，由${judge ?? '承办法官'}审核；退回后可再修改。`}
          okText="提交"
          cancelText="取消"
          okButtonProps={{ 'data-testid': 'catalogue-submit-confirm' } as ButtonProps}
          disabled={why !== null}
          onConfirm={async () => {
            try {
              await submit.mutateAsync();
              void message.success(`已提交，等待${judge ?? '承办法官'}审核`);
            } catch (error) {
              const findings = error instanceof ApiError && error.code === 'REVIEW_CHECK_FAILED' ? ((error.details as { findings?: unknown[] } | undefined)?.findings?.length ?? 0) : 0;
              void message.error(findings ? `${errorMessage(error)}（见“完整性检查”）` : errorMessage(error));
            }
          }}
        >
          <Button type="primary" ghost disabled={why !== null} loading={submit.isPending} data-testid="catalogue-submit">
            提交审核
          </Button>
        </Popconfirm>
      </span>
    </Tooltip>
  );
}
