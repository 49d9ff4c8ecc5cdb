// Demo-like records shaped by the generated contract, so a contract change breaks the tests at compile time.
import type { Schemas } from '@/lib/api/types';
import type { Me } from '@/lib/auth/me';

type Cluster = Schemas['Cluster'];
type ClusterDetail = Schemas['ClusterDetail'];
type Period = Schemas['Period'];
type Person = Schemas['Person'];
type PersonDetail = Schemas['PersonDetail'];
type Unit = Schemas['Unit'];

export const TGPL_ID = '00000000-0000-4000-8000-000000000101';
export const CON_NUOI_ID = '00000000-0000-4000-8000-000000000107';

export const units: Unit[] = [
  {
    id: TGPL_ID,
    name: 'Cục Trợ giúp pháp lý',
    shortName: 'TGPL',
    kind: 'CUC',
    parentId: '00000000-0000-4000-8000-000000000001',
    parentName: 'Bộ Tư pháp',
    validFrom: '2008-01-01',
    version: 1,
  },
  {
    id: '00000000-0000-4000-8000-000000000201',
    name: 'Sở Tư pháp tỉnh Bắc Ninh',
    shortName: 'STP Bắc Ninh',
    kind: 'SO_TU_PHAP',
    province: 'Bắc Ninh',
    validFrom: '2025-07-01',
    version: 3,
  },
];

export const officer: Me = {
  username: 'unit-officer',
  displayName: 'Nguyễn Thị Cán Bộ',
  roles: ['unit-officer', 'offline_access', 'default-roles-thidua'],
  unitId: TGPL_ID,
  unitName: 'Cục Trợ giúp pháp lý',
};

export const admin: Me = {
  username: 'admin',
  displayName: 'Quản Trị Viên',
  roles: ['admin'],
  unitId: '00000000-0000-4000-8000-000000000011',
  unitName: 'Cục Công nghệ thông tin',
};

export const person: Person = {
  id: '10000000-0000-4000-8000-000000000001',
  fullName: 'Trần Văn An',
  birthYear: 1980,
  gender: 'M',
  unitId: TGPL_ID,
  unitName: 'Cục Trợ giúp pháp lý',
  position: 'Phó Cục trưởng',
  leader: true,
  employmentType: 'CIVIL_SERVANT',
  version: 1,
};

export const personDetail: PersonDetail = {
  ...person,
  assignments: [
    { unitId: CON_NUOI_ID, unitName: 'Cục Con nuôi', position: 'Trưởng phòng', validFrom: '2015-03-01', validTo: '2020-12-31' },
    { unitId: TGPL_ID, unitName: 'Cục Trợ giúp pháp lý', position: 'Phó Cục trưởng', validFrom: '2021-01-01' },
  ],
  ratings: [
    { year: 2023, rating: 'HTTNV' },
    { year: 2024, rating: 'HTXSNV' },
  ],
};

export const periods: Period[] = [
  { id: 'p-2024', label: 'Năm 2024', startDate: '2024-01-01', endDate: '2024-12-31', version: 1 },
  { id: 'p-2025', label: 'Năm 2025', startDate: '2025-01-01', endDate: '2025-12-31', version: 1 },
];

export const cluster: Cluster = {
  id: 'c-3',
  periodId: 'p-2025',
  periodLabel: 'Năm 2025',
  name: 'Cụm thi đua số III',
  kind: 'CUM',
  headUnitId: '00000000-0000-4000-8000-000000000106',
  headUnitName: 'Cục Đăng ký quốc gia giao dịch bảo đảm',
  memberCount: 3,
  version: 1,
};

export const clusterDetail: ClusterDetail = {
  ...cluster,
  members: [
    { unitId: CON_NUOI_ID, unitName: 'Cục Con nuôi', role: 'MEMBER' },
    { unitId: TGPL_ID, unitName: 'Cục Trợ giúp pháp lý', role: 'DEPUTY' },
    { unitId: '00000000-0000-4000-8000-000000000106', unitName: 'Cục Đăng ký quốc gia giao dịch bảo đảm', role: 'HEAD' },
  ],
};
