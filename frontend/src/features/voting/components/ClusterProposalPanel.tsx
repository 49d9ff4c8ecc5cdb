import { Button, Card, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/ErrorAlert';
import { useMe } from '@/lib/auth/me';
import { hasAnyRole } from '@/lib/auth/roles';
import { useElectionProposals, useFileClusterProposal } from '../api/clusterProposals';
import type { VotingSession } from '../api/voting';

/**
 * The cluster's proposal (tờ trình của Cụm) under a published cluster election: the cluster lead files it in one
 * click; everyone who may read it sees the elected units' dossiers. The server decides who may file (head or deputy unit).
 */
export function ClusterProposalPanel({ session }: { session: VotingSession }) {
  const { t } = useTranslation();
  const me = useMe();
  const shown = session.purpose === 'CLUSTER_ELECTION' && session.status === 'PUBLISHED';
  const proposals = useElectionProposals(session.id, shown);
  const file = useFileClusterProposal(session.id);
  if (!shown) return null;
  const proposal = proposals.data?.[0];
  const lead = hasAnyRole(me.data?.roles, ['cluster-lead']);
  if (!proposal && !lead) return null;
  return (
    <Card size="small" title={t('voting.proposal.title')}>
      {proposals.isError && <ErrorAlert error={proposals.error} />}
      {file.isError && <ErrorAlert error={file.error} />}
      {proposal ? (
        <>
          <Typography.Paragraph>
            {t('voting.proposal.filed', { by: proposal.filedBy, used: proposal.proposed, quota: proposal.quota ?? '—' })}
          </Typography.Paragraph>
          <List
            size="small"
            dataSource={proposal.dossiers}
            renderItem={(d) => (
              <List.Item>
                <Link to={`/nominations/${d.nominationId}`}>{d.unitName}</Link>
                <Typography.Text type="secondary">
                  {d.minutesAttached ? t('voting.proposal.minutesAttached') : t('voting.proposal.minutesNotAttached')}
                </Typography.Text>
              </List.Item>
            )}
          />
        </>
      ) : (
        <>
          <Typography.Paragraph>{t('voting.proposal.hint')}</Typography.Paragraph>
          <Button type="primary" loading={file.isPending} onClick={() => file.mutate()}>
            {t('voting.proposal.file')}
          </Button>
        </>
      )}
    </Card>
  );
}
