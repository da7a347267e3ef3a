/* Data Borders embed loader: sizes every Data Borders iframe on the page to its content. It
   accepts only {type:"data-borders:resize",height:number} from the iframe's own window and
   origin, and clamps the height. No dependencies; hosts using pym.js or AMP need not load it. */
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
})();
