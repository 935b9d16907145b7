import { Button, Result } from 'antd';
import { Link } from 'react-router';

export function Forbidden() {
  return (
    <Result
      status="403"
      title="403"
      subTitle="您没有访问此页面的权限"
      extra={
        <Link to="/">
          <Button type="primary">返回首页</Button>
        </Link>
      }
    />
  );
}
