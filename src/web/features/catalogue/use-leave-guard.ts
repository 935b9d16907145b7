import { App } from 'antd';
import { useEffect, useRef } from 'react';

/** What leads away from the page inside the app: links and the items of the side menu. */
const LEAVING = 'a[href], [data-testid="nav-menu"] [role="menuitem"]';

/**
 * Warns before unsaved changes are lost. The app runs under a `BrowserRouter` (not a data router),
 * so react-router's `useBlocker` is not available: a closing or reloading tab gets the browser's own
 * prompt (`beforeunload`), and clicks on in-app links and menu items are caught (capture phase),
 * confirmed, then replayed. The browser's back button is not caught.
 */
export function useLeaveGuard(dirty: boolean, text = '卷内目录有未保存的修改，离开本页将放弃这些修改。确定离开吗？'): void {
  const { modal } = App.useApp();
  const bypass = useRef(false);

  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = text; // required by Chromium for the prompt to appear
    };
    const onClick = (e: MouseEvent) => {
      if (bypass.current || e.button !== 0 || e.defaultPrevented) return;
      const target = e.target instanceof Element ? e.target.closest<HTMLElement>(LEAVING) : null;
      if (!target) return;
      if (target instanceof HTMLAnchorElement) {
        if (target.target === '_blank' || target.hasAttribute('download') || e.ctrlKey || e.metaKey || e.shiftKey) return;
        const url = new URL(target.href, window.location.href);
        if (url.origin === window.location.origin && url.pathname === window.location.pathname) return;
      }
      e.preventDefault();
      e.stopPropagation();
      modal.confirm({
        title: '放弃未保存的修改？',
        content: text,
        okText: '放弃修改并离开',
        okButtonProps: { danger: true, 'data-testid': 'leave-confirm' },
        cancelText: '留在本页',
        onOk: () => {
          bypass.current = true;
          try {
            target.click();
          } finally {
            bypass.current = false;
          }
        },
      });
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    document.addEventListener('click', onClick, true);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('click', onClick, true);
    };
  }, [dirty, text, modal]);
}
