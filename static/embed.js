/* Data Borders embed loader: sizes every Data Borders iframe on the page to its content. It
   accepts only {type:"data-borders:resize",height:number} from the iframe's own window and
   origin, and clamps the height. When it starts, and whenever a Data Borders iframe loads, it
   asks the iframe for its height ({type:"data-borders:request-height"}, to the iframe's origin
   only), so it works whether it arrives before the embeds or long after them. No dependencies;
   hosts using pym.js or AMP need not load it. */
(function () {
	if (window.dataBordersLoader) return;
	window.dataBordersLoader = 1;
	addEventListener('message', function (e) {
		var d = e.data,
			h = d && d.type === 'data-borders:resize' && d.height;
		if (typeof h !== 'number' || !isFinite(h)) return;
		var frames = document.querySelectorAll('iframe[data-data-borders]');
		for (var i = 0; i < frames.length; i++) {
			var f = frames[i];
			if (f.contentWindow !== e.source) continue;
			try {
				if (new URL(f.src, location.href).origin !== e.origin) return;
			} catch {
				return;
			}
			f.style.height = Math.min(8000, Math.max(120, Math.round(h))) + 'px';
		}
	});
	function ask(f) {
		try {
			f.contentWindow.postMessage({ type: 'data-borders:request-height' }, new URL(f.src, location.href).origin);
		} catch {
			/* not loaded yet, or no valid src: its load event asks again */
		}
	}
	var frames = document.querySelectorAll('iframe[data-data-borders]');
	for (var i = 0; i < frames.length; i++) ask(frames[i]);
	document.addEventListener(
		'load',
		function (e) {
			var f = e.target;
			if (f && f.tagName === 'IFRAME' && f.hasAttribute('data-data-borders')) ask(f);
		},
		true
	);
})();
