/** Saving export blobs as files. Browser only (DOM, object URLs). */
import type { Scene } from './scene.ts';
import { sceneToSvg, SVG_MIME } from './svg-export.ts';
import { sceneToPngBlob } from './png-export.ts';
import { safeFileName } from './file-name.ts';

export { safeFileName };

/** Some browsers start reading the blob only after click() returns; revoking at once can cancel the download. */
const REVOKE_AFTER_MS = 40_000;

/** Offers `blob` as a download named `fileName` through a temporary `<a download>`. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  // Firefox only follows clicks on links that are in the document.
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

/** Saves the scene as `<stem>.svg`, the stem made from `name` (e.g. the map title). */
export function downloadSceneSvg(scene: Scene, name: string): void {
  downloadBlob(new Blob([sceneToSvg(scene)], { type: SVG_MIME }), `${safeFileName(name)}.svg`);
}

/** Saves the scene as `<stem>.png` at `pixelRatio` device pixels per scene pixel. */
export async function downloadScenePng(scene: Scene, name: string, pixelRatio = 2): Promise<void> {
  downloadBlob(await sceneToPngBlob(scene, pixelRatio), `${safeFileName(name)}.png`);
}
