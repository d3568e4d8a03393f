import { Link } from 'wouter';
import { useI18n } from '../i18n/I18nProvider.tsx';
import './Breadcrumb.css';

export interface Crumb {
  label: string;
  href?: string;
}

/** Breadcrumb trail; the last item is the current page. */
export function Breadcrumb({ items }: { items: Crumb[] }) {
  const { t } = useI18n();
  return (
    <nav aria-label={t('node.breadcrumb')} className="breadcrumb">
      <ol>
        {items.map((c, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a trail may repeat a label; the position is its identity
          <li key={`${i}-${c.label}`}>{c.href && i < items.length - 1 ? <Link href={c.href}>{c.label}</Link> : <span aria-current="page">{c.label}</span>}</li>
        ))}
      </ol>
    </nav>
  );
}
