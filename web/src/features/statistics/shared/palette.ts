/**
 * Colours and marks for up to ten areas in one chart: Okabe–Ito first (colour-blind safe), and a
 * different symbol and dash per area so that lines differ without colour too.
 */
export const AREA_COLORS = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#000000', '#56b4e9', '#882255', '#117733', '#6e6e6e'];
export const AREA_SYMBOLS = ['circle', 'rect', 'triangle', 'diamond', 'emptyCircle', 'emptyRect', 'emptyTriangle', 'emptyDiamond', 'pin', 'roundRect'];
export const AREA_DASHES: Array<'solid' | 'dashed' | 'dotted'> = ['solid', 'dashed', 'solid', 'dotted', 'dashed', 'solid', 'dotted', 'dashed', 'solid', 'dotted'];
