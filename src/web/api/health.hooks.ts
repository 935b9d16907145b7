import { useQuery } from '@tanstack/react-query';
import type { HealthResponse } from '../../common/api';
import { ApiError } from './client';

/**
 * GET /api/health. A degraded server may answer 503 with the same body, so the body is read
 * whatever the status, as long as it has the health shape.
 */
async function fetchHealth(signal: AbortSignal): Promise<HealthResponse> {
  let response: Response;
  try {
    response = await fetch('/api/health', { headers: { accept: 'application/json' }, credentials: 'same-origin', signal });
  } catch {
    throw new ApiError(0, 'NETWORK_ERROR', '无法连接服务器，请检查网络后重试');
  }
  const body = (await response.json().catch(() => undefined)) as Partial<HealthResponse> | undefined;
  if (body && typeof body.status === 'string' && body.database && body.tools) return body as HealthResponse;
  throw new ApiError(response.status, 'BAD_RESPONSE', `系统状态接口返回了无法识别的应答（HTTP ${response.status}）`);
}

export function useHealth() {
  return useQuery({
    queryKey: ['health'],
    queryFn: ({ signal }) => fetchHealth(signal),
    staleTime: 0,
  });
}
