/** Every rule parameter Sousei knows, by program. */
import type { RuleParameter } from '../rule-parameter.ts';
import { DAI2SEDAI_REVIEW_PARAMETERS } from './dai2sedai-review.ts';
import { DAI2SEDAI_PARAMETERS } from './dai2sedai.ts';
import { KIGYO_FURUSATO_PARAMETERS } from './kigyo-furusato.ts';
import { PRO_JINZAI_PARAMETERS } from './pro-jinzai.ts';

export const ALL_PARAMETERS: readonly RuleParameter[] = [...KIGYO_FURUSATO_PARAMETERS, ...PRO_JINZAI_PARAMETERS, ...DAI2SEDAI_PARAMETERS, ...DAI2SEDAI_REVIEW_PARAMETERS];
