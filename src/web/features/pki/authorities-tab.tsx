import { ImportOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import { useState } from 'react';
import { signatureAlgorithms } from '../../../common/signature-api';
import { useAuthorities } from '../../api/pki.hooks';
import { QueryError } from '../../components/page-state';
import { AuthorityTable } from './authority-table';
import { ImportCaModal } from './import-ca-modal';

/** 证书签发机构: the court CA certificates (PEM downloads) and 导入本院 CA. */
export function AuthoritiesTab() {
  const authorities = useAuthorities();
  const [importing, setImporting] = useState(false);
  // Those in use first, then by algorithm, root before issuing.
  const list = [...(authorities.data ?? [])].sort(
    (a, b) => Number(b.active) - Number(a.active) || signatureAlgorithms.indexOf(a.algorithm) - signatureAlgorithms.indexOf(b.algorithm) || (a.kind === b.kind ? 0 : a.kind === 'root' ? -1 : 1),
  );
  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="flex-start" gap={16}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          本院 CA 为每种算法各有一张根证书和一张签发证书，用来签发人员签名证书和电子印章证书。在卷宗库之外核验签名时，把根证书作为受信任的 CA，例如{' '}
          <Typography.Text code>openssl cms -verify -inform DER -in 签名文件 -content 原文件 -CAfile 根证书.pem</Typography.Text>
          （SM2 签名须使用支持国密算法的工具，如铜锁 Tongsuo）。
        </Typography.Paragraph>
        <Button icon={<ImportOutlined />} onClick={() => setImporting(true)} data-testid="ca-import">
          导入本院 CA
        </Button>
      </Flex>
      {authorities.isError && <QueryError error={authorities.error} onRetry={() => void authorities.refetch()} />}
      <AuthorityTable authorities={list} loading={authorities.isPending} />
      <ImportCaModal open={importing} onClose={() => setImporting(false)} />
    </Flex>
  );
}
