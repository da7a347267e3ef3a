/** Copies `text` to the clipboard: the message to show, `done` or `failed`. */
export async function copyText(text: string, done: string, failed: string): Promise<string> {
	try {
		await navigator.clipboard.writeText(text);
		return done;
	} catch {
		return failed;
	}
}
