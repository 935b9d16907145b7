import { Card, Flex, Tabs, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { AuthoritiesTab } from './authorities-tab';
import { CertificatesTab } from './certificates-tab';
import { SealsTab } from './seals-tab';

const tabs = ['certificates', 'seals', 'authorities'] as const;
type Tab = (typeof tabs)[number];

/** 签名证书与印章 (安全保密管理员): everyone's signing certificates, the court's seals and its CA. */
export default function PkiPage() {
  const [params, setParams] = useSearchParams();
  const param = params.get('tab');
  const tab: Tab = tabs.includes(param as Tab) ? (param as Tab) : 'certificates';

  return (
    <Flex vertical gap={12}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        签名证书与印章
      </Typography.Title>
      <Card size="small" styles={{ body: { paddingTop: 0 } }}>
        <Tabs
          activeKey={tab}
          onChange={(key) => setParams(key === 'certificates' ? {} : { tab: key }, { replace: true })}
          destroyOnHidden
          items={[
            { key: 'certificates', label: <span data-testid="pki-tab-certificates">签名证书</span>, children: <CertificatesTab /> },
            { key: 'seals', label: <span data-testid="pki-tab-seals">电子印章</span>, children: <SealsTab /> },
            { key: 'authorities', label: <span data-testid="pki-tab-authorities">证书签发机构</span>, children: <AuthoritiesTab /> },
          ]}
        />
      </Card>
    </Flex>
  );
}
