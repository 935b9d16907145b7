import { Alert, Button, Flex, Spin } from 'antd';
import { ApiError, errorMessage } from '../api/client';

export function FullPageSpin() {
  return (
    <Flex align="center" justify="center" style={{ minHeight: '60vh' }}>
      <Spin size="large" />
    </Flex>
  );
}

/** An error of a query, with the server's request id when there is one (for the administrator). */
export function QueryError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const requestId = error instanceof ApiError ? error.requestId : undefined;
  return (
    <Alert
      type="error"
      showIcon
      title={errorMessage(error)}
      description={requestId ? `请求编号：${requestId}` : undefined}
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            重试
          </Button>
        ) : undefined
      }
    />
  );
}

export function FullPageError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  return (
    <Flex align="center" justify="center" style={{ minHeight: '60vh', padding: 24 }}>
      <div style={{ width: 480 }}>
        <QueryError error={error} onRetry={onRetry} />
      </div>
    </Flex>
  );
}
