import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MemberRole } from '../api/clusters';

const COLORS: Record<MemberRole, string | undefined> = { HEAD: 'red', DEPUTY: 'orange', MEMBER: undefined };

export function MemberRoleTag({ role }: { role: MemberRole }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[role]}>{t(`enums.memberRole.${role}`)}</Tag>;
}
