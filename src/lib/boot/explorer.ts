/** The explorer's entry (see hydratePage.ts). */
import ExplorerRoot from '$lib/components/explorer/ExplorerRoot.svelte';
import { hydratePage } from './hydratePage';

hydratePage(ExplorerRoot);
