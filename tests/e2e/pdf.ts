/**
 * Reading a printed PDF as a reader's eye would, with Poppler (pdftoppm, pdftotext): its pages'
 * words with their boxes, and each page as an image.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A printed document on disk, read page by page. */
export class PrintedPdf {
	readonly file: string;
	readonly pages: number;

	constructor(pdf: Buffer) {
		this.file = path.join(mkdtempSync(path.join(tmpdir(), 'handout-')), 'print.pdf');
		writeFileSync(this.file, pdf);
		const info = execFileSync('pdfinfo', [this.file], { encoding: 'utf8' });
		this.pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
	}

	/** Page `n`'s text (from 1). */
	text(n: number): string {
		return execFileSync('pdftotext', ['-f', `${n}`, '-l', `${n}`, '-layout', this.file, '-'], { encoding: 'utf8' });
	}

	/** Page `n`'s words with their heights in points (the font's ascent and descent: about 1.16 em). */
	words(n: number): { text: string; height: number }[] {
		const html = execFileSync('pdftotext', ['-f', `${n}`, '-l', `${n}`, '-bbox', this.file, '-'], { encoding: 'utf8' });
		return [...html.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)].map(
			(m) => ({ text: m[3], height: Number(m[2]) - Number(m[1]) })
		);
	}

	/** Page `n` as an RGB image at `dpi`. */
	image(n: number, dpi = 72): RgbImage {
		const ppm = execFileSync('pdftoppm', ['-f', `${n}`, '-l', `${n}`, '-r', `${dpi}`, this.file], {
			maxBuffer: 1 << 26
		});
		const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 40).toString('latin1'));
		if (!header) throw new Error('pdftoppm did not write a PPM image');
		return { width: Number(header[1]), height: Number(header[2]), rgb: ppm.subarray(header[0].length) };
	}
}

export interface RgbImage {
	width: number;
	height: number;
	rgb: Buffer;
}

/**
 * The share of the page a map takes: its rows times its columns, over the page's area. A map's
 * row is painted (not white) from one end to the other, but for a few pixels (a white count in
 * a mark), across over half the page's width; a line of text or a legend's entries leave white
 * between their letters and entries. Its columns are those painted in most of its rows. A map
 * narrower than half the page counts as none, which is fine: it could not fill half the page.
 */
export function mapShare(image: RgbImage): number {
	const { width, height, rgb } = image;
	const painted = (x: number, y: number) => {
		const i = 3 * (y * width + x);
		return Math.min(rgb[i], rgb[i + 1], rgb[i + 2]) < 245;
	};
	const range = (n: number) => Array.from({ length: n }, (_, i) => i);
	const rows = range(height).filter((y) => {
		const xs = range(width).filter((x) => painted(x, y));
		const span = xs.length ? xs[xs.length - 1] - xs[0] + 1 : 0;
		return span > width / 2 && xs.length > 0.85 * span;
	});
	const columns = range(width).filter((x) => rows.filter((y) => painted(x, y)).length > 0.85 * rows.length);
	return rows.length ? (rows.length * columns.length) / (width * height) : 0;
}
