/**
 * Where a presentation is: the slide, the blank screen and autoplay, shared by the audience
 * window and the presenter window. It reads the slide from the URL (`?slide=3`), writes it back
 * on every move (so a reload or a link resumes there), keeps other windows of the same story
 * in step over a BroadcastChannel, and handles the keys a clicker or a keyboard sends.
 * Construct during component init.
 */
import { onMount } from 'svelte';
import { replaceState } from '$app/navigation';
import { page } from '$app/state';
import { slideIndexOf, stepSlide } from '$lib/present/slides';
import { channelName, readPresentMessage, type PresentMessage } from '$lib/present/sync';

/** Seconds per slide that autoplay offers. */
export const AUTOPLAY_SECONDS = [5, 10, 20, 30, 60] as const;

export class Presentation {
	index = $state(0);
	blank = $state(false);
	autoplay = $state(false);
	seconds = $state<number>(10);
	loop = $state(false);
	readonly story: string;
	readonly count: number;
	private channel: BroadcastChannel | null = null;
	/** Set once mounted and the slide read from the URL. */
	private ready = $state(false);

	constructor(story: string, count: number) {
		this.story = story;
		this.count = count;
		onMount(() => {
			this.index = slideIndexOf(new URL(location.href).searchParams.get('slide'), count);
			this.ready = true;
			if (typeof BroadcastChannel === 'undefined') return;
			const channel = new BroadcastChannel(channelName(story));
			channel.onmessage = (event) => this.receive(readPresentMessage(event.data, story, count));
			this.channel = channel;
			this.send({ type: 'hello', story });
			return () => {
				channel.close();
				this.channel = null;
			};
		});
		// The URL follows the slide (in a task of its own: the router cannot rewrite the URL
		// while the page is still hydrating).
		$effect(() => {
			if (!this.ready) return;
			const value = String(this.index + 1);
			const timer = setTimeout(() => {
				const url = new URL(location.href);
				if (url.searchParams.get('slide') === value) return;
				url.searchParams.set('slide', value);
				replaceState(url, page.state);
			});
			return () => clearTimeout(timer);
		});
		// Autoplay: each slide stays `seconds`, then the next; at the end it stops unless looping.
		$effect(() => {
			if (!this.autoplay) return;
			const last = this.index === this.count - 1;
			const timer = setTimeout(() => {
				if (last && !this.loop) this.autoplay = false;
				else this.go(stepSlide(this.index, 1, this.count, this.loop));
			}, this.seconds * 1000);
			return () => clearTimeout(timer);
		});
	}

	/** Moves to a slide and tells the other windows. */
	go = (index: number) => {
		const next = Math.min(this.count - 1, Math.max(0, index));
		if (next === this.index) return;
		this.index = next;
		this.send({ type: 'slide', story: this.story, index: next });
	};
	next = () => this.go(this.index + 1);
	previous = () => this.go(this.index - 1);

	setBlank = (on: boolean) => {
		this.blank = on;
		this.send({ type: 'blank', story: this.story, on });
	};

	/**
	 * The keys of a presentation: →, Space, Page Down, ↓ next; ←, Page Up, ↑ previous (what
	 * clickers send); Home and End; B or . blanks the screen; P starts or stops autoplay. Any
	 * other key a reader presses stops autoplay. Returns whether the key was used. Keys typed into
	 * a form control, or already handled (the map pans with the arrows when it has focus), are
	 * left alone.
	 */
	handleKey(event: KeyboardEvent): boolean {
		if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return false;
		const target = event.target as HTMLElement | null;
		if (target?.closest('input, select, textarea, [contenteditable="true"]')) return false;
		// On a focused button or link Enter presses it; Space stays the clicker's "next", wherever
		// the focus is (after a click on "Previous", Space would otherwise go back).
		if (target?.closest('button, a') && event.key === 'Enter') return false;
		const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
		if (this.blank && key !== 'Shift') {
			this.setBlank(false);
			return true;
		}
		if (key !== 'p' && key !== 'Shift') this.autoplay = false;
		if (key === 'ArrowRight' || key === 'ArrowDown' || key === 'PageDown' || key === ' ') this.next();
		else if (key === 'ArrowLeft' || key === 'ArrowUp' || key === 'PageUp') this.previous();
		else if (key === 'Home') this.go(0);
		else if (key === 'End') this.go(this.count - 1);
		else if (key === 'b' || key === '.') this.setBlank(true);
		else if (key === 'p') this.autoplay = !this.autoplay;
		else return false;
		return true;
	}

	private send(message: PresentMessage) {
		this.channel?.postMessage(message);
	}

	private receive(message: PresentMessage | null) {
		if (!message) return;
		if (message.type === 'hello') this.send({ type: 'slide', story: this.story, index: this.index });
		else if (message.type === 'slide') this.index = message.index;
		else this.blank = message.on;
	}
}
