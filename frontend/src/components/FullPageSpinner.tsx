import { Flex, Spin } from 'antd';

export function FullPageSpinner({ tip }: { tip?: string }) {
  return (
    <Flex align="center" justify="center" style={{ minHeight: '100vh' }}>
      <Spin size="large" tip={tip}>
        <div style={{ width: 120, height: 60 }} />
      </Spin>
    </Flex>
  );
}
