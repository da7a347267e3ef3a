// How this project launches Debian's Chromium (a browser download does not work here): the
// binary, and the flags that keep it from reaching the network on its own. Shared by the
// end-to-end tests, the bench and the screenshot script.

/** The Chromium binary: $CHROME_PATH, or Debian's. */
export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** Flags for headless runs as root on a machine with no network but loopback. */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];
