import { Alert } from 'antd';
import { Component, type ReactNode } from 'react';

interface Props {
  /** What failed, in Chinese, e.g. 文件预览. */
  what: string;
  children: ReactNode;
}

/**
 * Keeps a failing part (a viewer, a chart) from taking the whole page down: it shows what failed
 * and the rest of the page stays usable.
 */
export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override render() {
    if (this.state.error) {
      return <Alert type="error" showIcon title={`${this.props.what}出错`} description={this.state.error.message} style={{ margin: 12 }} />;
    }
    return this.props.children;
  }
}
