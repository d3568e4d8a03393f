/**
 * The logic model drawn as a diagram from nested lists of links: goal → impacts → outcomes →
 * outputs (+ plans and cross-cutting measures). Keyboard users Tab from link to link in reading
 * order; each link's description (aria-describedby) gives the level and the KPI counts per class,
 * which are also printed as badges (mark + number, colour is never the only cue).
 */
import { useId } from 'react';
import { Link } from 'wouter';
import type { NodeSummary, StatusCounts as Counts } from '../../api/types.ts';
import { paths } from '../../app/paths.ts';
import { StatusCounts, statusCountsText } from '../../components/StatusCounts.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { fallbackLang, nodeName, type LogicModel, type TreeNode } from '../../model/logic-model.ts';
import { levelLabel } from '../../format/status.ts';

interface Props {
  sid: string;
  model: LogicModel;
  summary: ReadonlyMap<string, NodeSummary>;
  labelledBy: string;
}

const ZERO: Counts = { '1A': 0, '1B': 0, '1C': 0, '2': 0, '3': 0 };

export function LogicModelTree({ sid, model, summary, labelledBy }: Props) {
  return (
    <ul className="lm lm-root" aria-labelledby={labelledBy}>
      {model.roots.map((t) => (
        <NodeItem key={t.node.id} sid={sid} tree={t} summary={summary} />
      ))}
    </ul>
  );
}

function NodeItem({ sid, tree, summary }: { sid: string; tree: TreeNode; summary: ReadonlyMap<string, NodeSummary> }) {
  const { t, lang } = useI18n();
  const descId = useId();
  const { node, children } = tree;
  const s = summary.get(node.id);
  const total = s?.total ?? 0;
  const counts = s?.by_status ?? ZERO;
  const name = nodeName(node, lang);
  const level = levelLabel(node.level, t);
  const description = total > 0 ? t('overview.nodeDescription', { level, total, counts: statusCountsText(counts, t) }) : t('overview.nodeDescriptionEmpty', { level });

  return (
    <li className={`lm-item lm-level-${node.level}${node.level === 'other' && tree.depth === 1 ? ' lm-wide' : ''}`}>
      <div className="lm-card">
        <span className="lm-level-label" aria-hidden="true">
          {level}
        </span>
        <Link href={paths.node(sid, node.id)} className="lm-link" aria-describedby={descId}>
          {node.code ? (
            <>
              <span className="lm-code">{node.code}</span>{' '}
            </>
          ) : null}
          <span lang={fallbackLang(node, lang)}>{name}</span>
        </Link>
        <div className="lm-stats" aria-hidden="true">
          <span className="lm-total">{t('overview.kpiCount', { n: total })}</span>
          {total > 0 ? <StatusCounts counts={counts} size="small" /> : null}
        </div>
        <span id={descId} className="visually-hidden">
          {description}
        </span>
      </div>
      {children.length > 0 ? (
        <ul className={`lm-children lm-children-of-${node.level}`}>
          {children.map((c) => (
            <NodeItem key={c.node.id} sid={sid} tree={c} summary={summary} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}
