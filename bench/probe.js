/**
 * The script the bench adds to every page before any of the page's own scripts run
 * (Playwright addInitScript). It only observes, except for the slider probe, which sends
 * synthetic keydown events to [role="slider"] until the page answers (see README).
 * Everything is kept on window.__bench and read by measure.js.
 */
export const INIT_SCRIPT = `(() => {
	if (window.top !== window) return;
	const B = (window.__bench = {
		fcp: null, lcp: null, lcpTag: null, shifts: [], longtasks: [], events: [],
		probe: { start: null, initial: null, dispatchAt: null, respondedAt: null, presses: 0 },
		steps: [], waiters: []
	});
	const observe = (type, cb, extra) => {
		try {
			new PerformanceObserver((list) => list.getEntries().forEach(cb)).observe({ type, buffered: true, ...extra });
		} catch (e) {}
	};
	observe('paint', (e) => { if (e.name === 'first-contentful-paint') B.fcp = e.startTime; });
	observe('largest-contentful-paint', (e) => {
		B.lcp = e.startTime;
		B.lcpTag = e.element ? e.element.tagName.toLowerCase() + (e.element.className && typeof e.element.className === 'string' ? '.' + e.element.className.trim().split(/\\s+/).slice(0, 2).join('.') : '') : (e.url || null);
	});
	observe('layout-shift', (e) => { if (!e.hadRecentInput) B.shifts.push({ t: e.startTime, v: e.value }); });
	observe('longtask', (e) => B.longtasks.push({ t: e.startTime, d: e.duration }));
	observe('event', (e) => B.events.push({
		name: e.name, t: e.startTime, d: e.duration, ps: e.processingStart, pe: e.processingEnd, id: e.interactionId || 0
	}), { durationThreshold: 16 });

	// Slider probe: "time until the slider responds". Synthetic (untrusted) keydowns do not
	// end LCP observation the way real input would; the first change of aria-valuenow away
	// from its prerendered value is the answer.
	const slider = () => document.querySelector('[role="slider"]');
	const mo = new MutationObserver((records) => {
		for (const r of records) {
			const el = r.target;
			if (B.probe.respondedAt === null && el.getAttribute('role') === 'slider' && B.probe.initial !== null &&
				el.getAttribute('aria-valuenow') !== B.probe.initial) {
				B.probe.respondedAt = performance.now();
				B.probe.respondedDispatch = B.probe.dispatchAt;
			}
		}
	});
	const poke = () => {
		if (B.probe.respondedAt !== null || B.probe.stopped) return clearInterval(timer);
		const s = slider();
		if (!s) return;
		if (B.probe.initial === null) {
			B.probe.initial = s.getAttribute('aria-valuenow');
			B.probe.start = performance.now();
			mo.observe(document.documentElement, { subtree: true, attributes: true, attributeFilter: ['aria-valuenow'] });
		}
		const now = Number(s.getAttribute('aria-valuenow')), max = Number(s.getAttribute('aria-valuemax'));
		B.probe.dispatchAt = performance.now();
		B.probe.presses++;
		s.dispatchEvent(new KeyboardEvent('keydown', { key: now >= max ? 'ArrowLeft' : 'ArrowRight', bubbles: true, cancelable: true }));
	};
	const timer = setInterval(poke, 50);

	// Slider steps (real key presses sent by measure.js): t0 at the start of keydown dispatch
	// (window, capture), js at its end (window, bubble: after the page's handlers and the
	// microtasks they queued), then the next frame: f0 in its requestAnimationFrame callback,
	// f1 when a message posted from that callback arrives, i.e. after that frame's style,
	// layout, paint and commit.
	let current = null;
	const onSlider = (e) => e.target && e.target.closest && e.target.closest('[role="slider"]');
	addEventListener('keydown', (e) => {
		if (!e.isTrusted || !onSlider(e)) return;
		current = { key: e.key, ts: e.timeStamp, t0: performance.now() };
	}, true);
	addEventListener('keydown', (e) => {
		if (!e.isTrusted || !current || !onSlider(e)) return;
		const step = current;
		current = null;
		step.js = performance.now();
		requestAnimationFrame(() => {
			step.f0 = performance.now();
			const s = slider();
			step.value = s ? Number(s.getAttribute('aria-valuenow')) : null;
			step.min = s ? Number(s.getAttribute('aria-valuemin')) : null;
			step.max = s ? Number(s.getAttribute('aria-valuemax')) : null;
			const ch = new MessageChannel();
			ch.port1.onmessage = () => {
				step.f1 = performance.now();
				B.steps.push(step);
				B.waiters = B.waiters.filter((w) => (B.steps.length >= w.n ? (w.ok(step), false) : true));
			};
			ch.port2.postMessage(0);
		});
	}, false);
	B.waitStep = (n) => new Promise((ok) => (B.steps.length >= n ? ok(B.steps[n - 1]) : B.waiters.push({ n, ok })));
})();`;
