/**
 * /admin: an administrator creates a local government's strategy and registers its users. The
 * server decides who may (admins only) and what is valid; this page only says so in words.
 */
import { Link } from 'wouter';
import { paths } from '../../app/paths.ts';
import { useStrategies } from '../../app/StrategyContext.tsx';
import { usePageTitle } from '../../app/usePageTitle.ts';
import { Loading } from '../../components/Loading.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { useSession } from '../auth/SessionContext.tsx';
import { AdminForm, type FieldSpec } from './AdminForm.tsx';
import { createStrategy, createUser } from './api.ts';
import './admin.css';

type Role = 'admin' | 'editor' | 'viewer' | 'reviewer';

export default function AdminPage() {
  const { t } = useI18n();
  const { status, user } = useSession();
  const { strategies, reload } = useStrategies();
  usePageTitle(t('admin.title'));
  if (status === 'loading') return <Loading />;

  const strategyFields: FieldSpec[] = [
    { name: 'owner_code', label: t('admin.strategy.owner'), hint: t('admin.strategy.ownerHint'), required: true },
    { name: 'name', label: t('admin.strategy.name'), hint: t('admin.strategy.nameHint'), required: true },
    { name: 'from', label: t('admin.strategy.from'), hint: t('admin.strategy.periodHint'), initial: '2026年度', required: true },
    { name: 'to', label: t('admin.strategy.to'), hint: t('admin.strategy.periodHint'), initial: '2030年度', required: true },
    { name: 'id', label: t('admin.strategy.id'), hint: t('admin.strategy.idHint') },
    { name: 'from_national', label: t('admin.strategy.fromNational'), hint: t('admin.strategy.fromNationalHint'), type: 'checkbox', initial: 'true' },
  ];
  const roles: Role[] = ['editor', 'viewer', 'reviewer', 'admin'];
  const userFields: FieldSpec[] = [
    { name: 'email', label: t('admin.user.email'), type: 'email', required: true },
    { name: 'name', label: t('admin.user.name'), hint: t('admin.user.nameHint'), required: true },
    { name: 'role', label: t('admin.user.role'), type: 'select', options: roles.map((r) => [r, t(`admin.user.role.${r}`)]), initial: 'editor' },
    { name: 'org_code', label: t('admin.user.org'), hint: t('admin.user.orgHint'), required: true, columns: ['org_code', 'org'] },
    { name: 'password', label: t('admin.user.password'), hint: t('admin.user.passwordHint'), type: 'password', required: true, autoComplete: 'new-password' },
  ];

  return (
    <div className="admin">
      <h1>{t('admin.title')}</h1>
      <p>{t('admin.intro')}</p>
      {user?.role !== 'admin' ? (
        <div className="notice notice-error" role="alert">
          <p>{t('admin.needAdmin')}</p>
          <p>
            <Link href={paths.login(paths.admin())}>{t('admin.toLogin')}</Link>
          </p>
        </div>
      ) : (
        <>
          <AdminForm
            title={t('admin.strategy.title')}
            intro={t('admin.strategy.intro')}
            fields={strategyFields}
            submit={t('admin.strategy.submit')}
            busyLabel={t('admin.strategy.busy')}
            onSubmit={async (v) => {
              const { strategy: s } = await createStrategy({
                owner_code: v.owner_code!,
                name: v.name!,
                from: v.from!,
                to: v.to!,
                id: v.id?.trim() || undefined,
                from_national: v.from_national === 'true',
              });
              reload();
              return (
                <p>
                  {t('admin.strategy.done', { name: s.name, id: s.id, n: s.kpis })} <Link href={paths.overview(s.id, strategies?.[0]?.id)}>{t('admin.strategy.open')}</Link>
                </p>
              );
            }}
          />
          <AdminForm
            title={t('admin.user.title')}
            intro={t('admin.user.intro')}
            fields={userFields}
            submit={t('admin.user.submit')}
            busyLabel={t('admin.user.busy')}
            onSubmit={async (v) => {
              const { user: made } = await createUser({ email: v.email!, name: v.name!, role: v.role as Role, org_code: v.org_code!, password: v.password! });
              const u = made!;
              return (
                <p>{t('admin.user.done', { name: u.name, email: u.email, role: t(`admin.user.role.${u.role}`), org: u.org_name ? `${u.org_name} ${u.org_code}` : u.org_code })}</p>
              );
            }}
          />
        </>
      )}
    </div>
  );
}
