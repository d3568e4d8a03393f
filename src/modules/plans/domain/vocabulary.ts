/** The plans' vocabulary as forms and readers need it (pure): types, fields, statuses, actions, KGI defaults. */
import { CORE_ENTITY_KIND_LABELS, KGI_DEFAULTS, MANDATORY_KGIS, PLAN_TYPE_LABELS, STRATEGIC_FIELDS, TYPE_A_KGI_YEAR } from './plan-types.ts';
import { REQUIREMENTS } from './requirements.ts';
import { ACTION_LABELS, STATUS_LABELS } from './workflow.ts';

export function planVocabulary() {
  return {
    types: PLAN_TYPE_LABELS,
    strategic_fields: STRATEGIC_FIELDS,
    statuses: STATUS_LABELS,
    actions: ACTION_LABELS,
    kgi_defaults: KGI_DEFAULTS,
    mandatory_kgis: MANDATORY_KGIS,
    type_a_kgi_year: TYPE_A_KGI_YEAR,
    core_entity_kinds: CORE_ENTITY_KIND_LABELS,
    requirements: REQUIREMENTS,
  };
}
