/**
 * Rasterises icons for MapLibre's addImage: maki paths (CC0) in any colour, and the heading wedge.
 * Browser only (canvas + Path2D). Images are drawn at 2× for sharp icons on phones.
 */
import { MAKI_ICONS, MAKI_VIEWBOX, type MakiIcon } from './maki-icons';
import { HEADING_IMAGE, MAKI_IMAGE_PREFIX } from './style';

export const ICON_PIXEL_RATIO = 2;
/** Drawn size of a maki icon in CSS pixels. */
const MAKI_CSS_PX = 15;

export type IconImage = { width: number; height: number; data: Uint8Array };

/** `maki-<icon>-<rrggbb>` → its parts, or null for any other image id. */
export function parseMakiImageId(id: string): { icon: MakiIcon; color: string } | null {
	if (!id.startsWith(MAKI_IMAGE_PREFIX)) return null;
	const m = /^(.+)-([0-9a-f]{6})$/i.exec(id.slice(MAKI_IMAGE_PREFIX.length));
	const [, icon, hex] = m ?? [];
	if (!icon || !hex || !Object.hasOwn(MAKI_ICONS, icon)) return null;
	return { icon: icon as MakiIcon, color: `#${hex}` };
}

function canvas2d(size: number): CanvasRenderingContext2D {
	const canvas = document.createElement('canvas');
	canvas.width = size;
	canvas.height = size;
	const ctx = canvas.getContext('2d');
	if (!ctx) throw new Error('2D canvas unavailable');
	return ctx;
}

function toImage(ctx: CanvasRenderingContext2D, size: number): IconImage {
	const { data } = ctx.getImageData(0, 0, size, size);
	return { width: size, height: size, data: new Uint8Array(data.buffer) };
}

export function makiImage(icon: MakiIcon, color: string): IconImage {
	const size = MAKI_CSS_PX * ICON_PIXEL_RATIO;
	const ctx = canvas2d(size);
	ctx.scale(size / MAKI_VIEWBOX, size / MAKI_VIEWBOX);
	ctx.fillStyle = color;
	ctx.fill(new Path2D(MAKI_ICONS[icon]));
	return toImage(ctx, size);
}

/** A wedge pointing up (north before rotation), clearing the 7 px position dot. */
export function headingImage(): IconImage {
	const css = 40;
	const size = css * ICON_PIXEL_RATIO;
	const ctx = canvas2d(size);
	ctx.scale(ICON_PIXEL_RATIO, ICON_PIXEL_RATIO);
	ctx.beginPath();
	ctx.moveTo(20, 1);
	ctx.lineTo(28, 12);
	ctx.lineTo(12, 12);
	ctx.closePath();
	ctx.fillStyle = '#2b6cb0';
	ctx.strokeStyle = '#ffffff';
	ctx.lineWidth = 1.5;
	ctx.fill();
	ctx.stroke();
	return toImage(ctx, size);
}

/** The image for a missing id, or a transparent pixel so unknown ids stay quiet. */
export function imageFor(id: string): IconImage {
	if (id === HEADING_IMAGE) return headingImage();
	const maki = parseMakiImageId(id);
	if (maki) return makiImage(maki.icon, maki.color);
	return { width: 1, height: 1, data: new Uint8Array(4) };
}
