/** The embed page's entry (see hydratePage.ts). */
import EmbedRoot from '$lib/components/embed/EmbedRoot.svelte';
import { hydratePage } from './hydratePage';

hydratePage(EmbedRoot);
