/**
 * The draft's logic model under review: each node (from the document's headings) with its name
 * editable, its count of KPIs and a delete button for an empty node; a form row to add a node at
 * the top or under one. Nested lists show the outline to every reader; all of it is keyboard usable.
 */
import { useState } from 'react';
import { type FormErrors, FieldError, describedBy } from '../grants/form-errors.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import type { KpiForm } from './draft-form.ts';
import { type NodeForm, addNode, deleteBlocker, deleteNode, nodeOptionLabel, outlineOrder, renameNode } from './tree-form.ts';

export const nodeFieldId = (key: string) => `node-${key}-name`;

interface Props {
  nodes: readonly NodeForm[];
  kpis: readonly KpiForm[];
  errors: FormErrors;
  onChange: (nodes: NodeForm[]) => void;
}

function NodeItem({ node, props }: { node: NodeForm; props: Props }) {
  const { t } = useI18n();
  const { nodes, kpis, errors, onChange } = props;
  const fid = nodeFieldId(node.key);
  const blocker = deleteBlocker(nodes, kpis, node.key);
  const children = nodes.filter((n) => n.parent === node.key);
  const count = kpis.filter((k) => k.node === node.key).length;
  const name = node.name.trim() || t('strategyDoc.tree.unnamed');
  return (
    <li>
      <div className="strategy-doc-node">
        <div className="field">
          <label htmlFor={fid}>
            {t('strategyDoc.tree.name')}
            <span className="strategy-doc-node-count">（{t('strategyDoc.tree.kpis', { n: count })}）</span>
          </label>
          <input
            id={fid}
            type="text"
            value={node.name}
            onChange={(e) => onChange(renameNode(nodes, node.key, e.target.value))}
            aria-invalid={errors.at(fid) ? true : undefined}
            aria-describedby={describedBy(fid, errors, blocker ? `${fid}-blocked` : undefined)}
          />
          <FieldError fieldId={fid} errors={errors} />
        </div>
        {blocker ? (
          <p className="hint" id={`${fid}-blocked`}>
            {t(blocker === 'kpis' ? 'strategyDoc.tree.blockedKpis' : 'strategyDoc.tree.blockedChildren')}
          </p>
        ) : (
          <button type="button" className="button button-secondary" onClick={() => onChange(deleteNode(nodes, kpis, node.key))}>
            {t('strategyDoc.tree.delete')}
            <span className="visually-hidden">{t('strategyDoc.tree.deleteLabel', { name })}</span>
          </button>
        )}
      </div>
      {children.length > 0 ? (
        <ul className="strategy-doc-tree">
          {children.map((c) => (
            <NodeItem key={c.key} node={c} props={props} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}

export function TreeReview(props: Props) {
  const { t } = useI18n();
  const { nodes, onChange } = props;
  const [name, setName] = useState('');
  const [parent, setParent] = useState('');
  const keys = new Set(nodes.map((n) => n.key));
  const tops = nodes.filter((n) => n.parent === null || !keys.has(n.parent));
  const add = () => {
    if (!name.trim()) return;
    onChange(addNode(nodes, name.trim(), parent === '' ? null : parent));
    setName('');
  };
  return (
    <section className="panel" aria-labelledby="doc-tree-title">
      <h2 id="doc-tree-title">{t('strategyDoc.tree.title')}</h2>
      <p>{t('strategyDoc.tree.intro')}</p>
      <ul className="strategy-doc-tree">
        {tops.map((n) => (
          <NodeItem key={n.key} node={n} props={props} />
        ))}
      </ul>
      <div className="field-row strategy-doc-node-add">
        <div className="field">
          <label htmlFor="node-add-name">{t('strategyDoc.tree.addName')}</label>
          <input id="node-add-name" type="text" value={name} onChange={(e) => setName(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="node-add-parent">{t('strategyDoc.tree.addParent')}</label>
          <select id="node-add-parent" value={parent} onChange={(e) => setParent(e.target.value)}>
            <option value="">{t('strategyDoc.tree.top')}</option>
            {outlineOrder(nodes).map((n) => (
              <option key={n.key} value={n.key}>
                {nodeOptionLabel(nodes, n)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <button id="node-add" type="button" className="button button-secondary" onClick={add} disabled={!name.trim()}>
        {t('strategyDoc.tree.add')}
      </button>
    </section>
  );
}
