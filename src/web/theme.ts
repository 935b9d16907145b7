import type { ThemeConfig } from 'antd';

/** A sober look for a court: deep blue, small radii, system CJK fonts. */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#1f4e8c',
    colorLink: '#1f4e8c',
    borderRadius: 4,
    colorBgLayout: '#f2f4f7',
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'WenQuanYi Micro Hei', 'Helvetica Neue', Arial, sans-serif",
  },
  components: {
    Layout: { siderBg: '#14284b', headerBg: '#ffffff' },
    Menu: { darkItemBg: '#14284b', darkSubMenuItemBg: '#0f1f3b', darkItemSelectedBg: '#1f4e8c' },
    Table: { headerBg: '#f5f7fa', cellPaddingBlockSM: 6 },
    Descriptions: { labelBg: '#f5f7fa' },
  },
};
