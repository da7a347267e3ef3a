import { describe, expect, it } from 'vitest';
import type { Component } from 'svelte';
import { islandMarkup, useIslandRenderer } from './islands';

const Part = (() => {}) as unknown as Component<{ layer: string }>;

describe('islandMarkup on the server', () => {
	it('says what is missing when no renderer is registered', () => {
		expect(() => islandMarkup(Part, { layer: 'sites' })).toThrow(
			'Data Borders: no island renderer (hooks.server.ts registers it)'
		);
	});

	it('renders the island inline with the registered renderer, its props and served: true', () => {
		const calls: unknown[] = [];
		useIslandRenderer((component, props) => {
			calls.push([component, props]);
			return `<g class="${String(props.layer)}"></g>`;
		});
		expect(islandMarkup(Part, { layer: 'sites' })).toBe('<g class="sites"></g>');
		expect(calls).toEqual([[Part, { layer: 'sites', served: true }]]);
	});
});
