import { Card, Progress, Statistic, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { useTurnout } from '../api/voting';

/** How many have voted, refreshed every few seconds while the session is open. */
export function TurnoutCounter({ sessionId, live }: { sessionId: string; live: boolean }) {
  const { t } = useTranslation();
  const turnout = useTurnout(sessionId, live);
  if (!turnout.data) return null;
  const { voted, present, electorate } = turnout.data;
  return (
    <Card size="small" title={t('voting.turnout')}>
      <Flex gap={24} align="center" wrap>
        <Statistic title={t('voting.voted')} value={voted} suffix={`/ ${present}`} valueStyle={{ fontSize: 28 }} />
        <Statistic title={t('voting.electorate')} value={electorate} />
        <Progress type="circle" size={64} percent={present ? Math.round((voted * 100) / present) : 0} aria-label={t('voting.turnout')} />
      </Flex>
    </Card>
  );
}
