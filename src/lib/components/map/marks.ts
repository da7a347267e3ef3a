/**
 * How each mark is drawn, defined once: the live map and its legend read these through the CSS
 * custom properties of MARK_STYLE, the snapshot reads the numbers. Sizes are in screen pixels at
 * zoom 1 (a slide's spotlit marks are SPOT times larger); colours are theme tokens, the custom
 * properties of app.css (the snapshot resolves them to hex).
 */
import type { FlowStatus } from '$lib/data/types';
import { KIND_SHAPES } from './shapes';

export { KIND_SHAPES };

/** A site: a circle in its provider's colour (token `p<slot>`), larger with a count for a group. */
export const SITE = { r: 5, rMany: 7.5, stroke: 1.2, countSize: 8.5 } as const;

/** An action: its kind's shape (KIND_SHAPES, reaching at most `reach` from its centre), filled by age. */
export const ACTION = { stroke: 1.2, countSize: 9, olderOpacity: 0.85, reach: 8 } as const;

/** The selection's (and a spotlit mark's) ring, in the `focus` colour. */
export const RING = { stroke: 3 } as const;

/** How much larger a slide's spotlit marks and arcs are drawn. */
export const SPOT = 1.4;

/** A flow's line, by legal status: colour token `flow-<status>`, width and dash. */
export const FLOW: Record<FlowStatus, { width: number; dash: string }> = {
	framework: { width: 2.5, dash: '' },
	contested: { width: 2.5, dash: '7 4' },
	none: { width: 3.5, dash: '0.5 5' },
	restricted: { width: 2.5, dash: '10 3 2 3' }
};

/** A flow's width when selected, spotlit or changed between compared dates. */
export const FLOW_EMPHASIS = 4.5;

/** A reach line: thin, dotted, in the `reach` colour. */
export const REACH = { width: 1, dash: '2 3', opacity: 0.75 } as const;

/** A label on the map: its font size in CSS pixels. */
export const LABEL = { size: 12 } as const;

/** The zoom buttons' column over the map's top right corner, in CSS pixels, which labels keep clear of. */
export const ZOOM_CONTROLS = { width: 52, height: 130 } as const;

/** The legends' swatches (live and snapshot): a little larger than the marks, to be read apart. */
export const LEGEND = { siteR: 5.5, manyR: 8, reachWidth: 1.5 } as const;

/** The colour token of an action's fill. */
export const actionToken = (recent: boolean) => (recent ? 'action-recent' : 'action-old');

/** The definitions above as CSS custom properties, for the live map's and the legend's styles. */
export const MARK_STYLE = [
	`--site-r:${SITE.r}px`,
	`--site-r-many:${SITE.rMany}px`,
	`--site-stroke:${SITE.stroke}px`,
	`--site-count:${SITE.countSize}px`,
	`--action-stroke:${ACTION.stroke}px`,
	`--action-count:${ACTION.countSize}px`,
	`--action-older-opacity:${ACTION.olderOpacity}`,
	`--ring-stroke:${RING.stroke}px`,
	`--spot:${SPOT}`,
	`--flow-emphasis:${FLOW_EMPHASIS}`,
	...Object.entries(FLOW).flatMap(([status, f]) => [
		`--flow-${status}-width:${f.width}`,
		`--flow-${status}-dash:${f.dash || 'none'}`
	]),
	`--reach-width:${REACH.width}`,
	`--reach-dash:${REACH.dash}`,
	`--reach-opacity:${REACH.opacity}`,
	`--legend-reach-width:${LEGEND.reachWidth}`
].join(';');
