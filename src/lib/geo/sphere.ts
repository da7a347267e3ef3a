/**
 * The two pieces of spherical geometry the browser needs, written out so its script carries no
 * geometry library: the Equal Earth projection (Šavrič, Patterson and Jenny, 2018) and points
 * along a great circle. They follow d3-geo's `geoEqualEarthRaw` and `geoInterpolate` (ISC
 * licence, https://github.com/d3/d3-geo) formula for formula, so the browser lands exactly where
 * the build's d3 drew the basemap (sphere.test.ts checks them against d3-geo). About 1 KiB of
 * script less on every map page than importing them.
 */

const A1 = 1.340264;
const A2 = -0.081106;
const A3 = 0.000893;
const A4 = 0.003796;
const M = Math.sqrt(3) / 2;
const RADIANS = Math.PI / 180;
const DEGREES = 180 / Math.PI;

const asin = (x: number) => (x > 1 ? Math.PI / 2 : x < -1 ? -Math.PI / 2 : Math.asin(x));
const haversin = (x: number) => {
	const s = Math.sin(x / 2);
	return s * s;
};

/** Equal Earth, unit sphere: radians in, projected units out (y up). */
export function equalEarthRaw(lambda: number, phi: number): [number, number] {
	const l = asin(M * Math.sin(phi));
	const l2 = l * l;
	const l6 = l2 * l2 * l2;
	return [
		(lambda * Math.cos(l)) / (M * (A1 + 3 * A2 * l2 + l6 * (7 * A3 + 9 * A4 * l2))),
		l * (A1 + A2 * l2 + l6 * (A3 + A4 * l2))
	];
}

/** The inverse of equalEarthRaw, by Newton's method. */
export function equalEarthInvert(x: number, y: number): [number, number] {
	let l = y;
	let l2 = l * l;
	let l6 = l2 * l2 * l2;
	for (let i = 0; i < 12; i++) {
		const fy = l * (A1 + A2 * l2 + l6 * (A3 + A4 * l2)) - y;
		const fpy = A1 + 3 * A2 * l2 + l6 * (7 * A3 + 9 * A4 * l2);
		const delta = fy / fpy;
		l -= delta;
		l2 = l * l;
		l6 = l2 * l2 * l2;
		if (Math.abs(delta) < 1e-12) break;
	}
	return [(M * x * (A1 + 3 * A2 * l2 + l6 * (7 * A3 + 9 * A4 * l2))) / Math.cos(l), asin(Math.sin(l) / M)];
}

/** The point a fraction t of the way along the great circle from a to b, [lon, lat] in degrees. */
export function greatCircle(a: [number, number], b: [number, number]): (t: number) => [number, number] {
	const [x0, y0, x1, y1] = [a[0] * RADIANS, a[1] * RADIANS, b[0] * RADIANS, b[1] * RADIANS];
	const [cy0, sy0, cy1, sy1] = [Math.cos(y0), Math.sin(y0), Math.cos(y1), Math.sin(y1)];
	const [kx0, ky0, kx1, ky1] = [cy0 * Math.cos(x0), cy0 * Math.sin(x0), cy1 * Math.cos(x1), cy1 * Math.sin(x1)];
	const d = 2 * asin(Math.sqrt(haversin(y1 - y0) + cy0 * cy1 * haversin(x1 - x0)));
	const k = Math.sin(d);
	if (!d) return () => [x0 * DEGREES, y0 * DEGREES];
	return (t) => {
		const B = Math.sin((t *= d)) / k;
		const A = Math.sin(d - t) / k;
		const x = A * kx0 + B * kx1;
		const y = A * ky0 + B * ky1;
		const z = A * sy0 + B * sy1;
		return [Math.atan2(y, x) * DEGREES, Math.atan2(z, Math.sqrt(x * x + y * y)) * DEGREES];
	};
}
