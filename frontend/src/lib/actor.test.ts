import i18n from '@/i18n';
import { actorLabel } from './actor';

describe('actorLabel', () => {
  const t = i18n.t.bind(i18n);

  it('names the actor and their roles in Vietnamese, not by login name', () => {
    expect(actorLabel({ actor: 'nva', actorName: 'Nguyễn Văn An', actorRoles: ['unit-head'] }, t)).toBe('Nguyễn Văn An (Thủ trưởng đơn vị)');
    expect(actorLabel({ actor: 'nva', actorName: 'Nguyễn Văn An', actorRoles: ['unit-head', 'council-member'] }, t)).toMatch(
      /^Nguyễn Văn An \(Thủ trưởng đơn vị, .+\)$/,
    );
  });

  it('follows English when chosen', async () => {
    await i18n.changeLanguage('en');
    expect(actorLabel({ actor: 'nva', actorName: 'Nguyễn Văn An', actorRoles: ['secretariat'] }, t)).toMatch(/^Nguyễn Văn An \(.*[Ss]ecretariat.*\)$/);
  });

  it('shows an older event (no name) by the role a demo login name stands for, else by the login name', () => {
    expect(actorLabel({ actor: 'unit-officer', actorRoles: [] }, t)).toBe(t('enums.role.unit-officer'));
    expect(actorLabel({ actor: 'unit-officer', actorRoles: [] }, t)).not.toContain('unit-officer');
    expect(actorLabel({ actor: 'nguyenvana' }, t)).toBe('nguyenvana');
  });

  it('leaves out roles this build does not know', () => {
    expect(actorLabel({ actor: 'x', actorName: 'Trần Thị B', actorRoles: ['offline_access'] }, t)).toBe('Trần Thị B');
  });
});
