/**
 * Record details (sources, notes, summaries) in the browser: seeded with what the page
 * prerendered, completed by one fetch of /details/<lang>.json the first time a panel needs a
 * record that is not there. A failed fetch is reported and can be retried.
 */
import type { RecordDetails } from '$lib/data/model';

export class DetailsStore {
	#records = $state.raw<Record<string, RecordDetails>>({});
	status = $state<'idle' | 'loading' | 'ready' | 'error'>('idle');
	readonly url: string | null;

	constructor(url: string | null, seed: Record<string, RecordDetails> = {}) {
		this.url = url;
		this.#records = seed;
	}

	/** A record's details, or undefined while they are not loaded. Never starts a load itself. */
	get(id: string): RecordDetails | undefined {
		return this.#records[id];
	}

	/**
	 * Loads every record's details once (call from an effect, not while rendering). After a
	 * failure it waits for retry(): an effect calling this again must not loop on a dead server.
	 */
	async ensure(id: string): Promise<void> {
		if (this.#records[id] || !this.url) return;
		if (this.status === 'loading') return this.#pending;
		if (this.status !== 'idle') return;
		this.status = 'loading';
		this.#pending = this.#load(this.url);
		return this.#pending;
	}

	#pending: Promise<void> = Promise.resolve();

	async #load(url: string): Promise<void> {
		try {
			const response = await fetch(url);
			if (!response.ok) throw new Error(`${response.status}`);
			const records = (await response.json()) as Record<string, RecordDetails>;
			this.#records = { ...records, ...this.#records };
			this.status = 'ready';
		} catch {
			this.status = 'error';
		}
	}

	/** Tries again after a failure. */
	retry(id: string): Promise<void> {
		this.status = 'idle';
		return this.ensure(id);
	}
}
