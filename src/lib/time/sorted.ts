/**
 * Binary searches over ascending data: the slider's hot path is a few of these per step,
 * never a pass over `Date` objects.
 */

/** The first index in [0, length) where `isAfter` turns true; `isAfter` must be monotonic. */
export function partitionPoint(length: number, isAfter: (index: number) => boolean): number {
	let lo = 0;
	let hi = length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (isAfter(mid)) hi = mid;
		else lo = mid + 1;
	}
	return lo;
}

/** How many values in ascending `sorted` are ≤ `t`. */
export function countAtOrBefore(sorted: ArrayLike<number>, t: number): number {
	return partitionPoint(sorted.length, (i) => sorted[i] > t);
}

/** How many values in ascending `sorted` are < `t`. */
export function countBefore(sorted: ArrayLike<number>, t: number): number {
	return partitionPoint(sorted.length, (i) => sorted[i] >= t);
}
