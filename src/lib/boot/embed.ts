/** The embed page's entry (see hydratePage.ts): it hydrates in one go, islands included (docs/decisions.md). */
import EmbedRoot from '$lib/components/embed/EmbedRoot.svelte';
import { hydratePage } from './hydratePage';

hydratePage(EmbedRoot, { islands: false });
