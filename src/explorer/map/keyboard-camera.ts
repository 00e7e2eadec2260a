/**
 * Moving the camera of the focused map by keys (WCAG 2.1.1: everything the mouse does on the map
 * works from the keyboard): arrows pan by a share of the visible area, + and − zoom around the
 * centre, 0 shows the whole map. Shift makes a pan step larger (not a zoom step: on US layouts +
 * itself needs Shift). A table, so the keys are data.
 */
export interface CameraPose {
  x: number;
  y: number;
  ratio: number;
}

type KeyAction = { pan: [number, number] } | { zoom: number } | { reset: true };

/** Pan steps in visible widths (sigma's camera y points up, so ArrowUp raises y). */
const KEY_ACTIONS: Readonly<Record<string, KeyAction>> = {
  ArrowLeft: { pan: [-1, 0] },
  ArrowRight: { pan: [1, 0] },
  ArrowUp: { pan: [0, 1] },
  ArrowDown: { pan: [0, -1] },
  '+': { zoom: 1 / 1.5 },
  '=': { zoom: 1 / 1.5 }, // the + key without Shift on US layouts
  '-': { zoom: 1.5 },
  '0': { reset: true },
};

const PAN_SHARE = 0.1;
const SHIFT_FACTOR = 3;
/** The camera's zoom range (the wheel has the same, map-view.ts). */
export const MIN_CAMERA_RATIO = 0.02;
export const MAX_CAMERA_RATIO = 20;

export type CameraStep = { pose: CameraPose } | { reset: true } | null;

/** What a key does to the camera, or null when the key is not a map key (then the page keeps it). */
export function cameraStep(key: string, shift: boolean, camera: CameraPose): CameraStep {
  const action = KEY_ACTIONS[key];
  if (!action) return null;
  if ('reset' in action) return { reset: true };
  if ('zoom' in action) {
    const ratio = Math.min(MAX_CAMERA_RATIO, Math.max(MIN_CAMERA_RATIO, camera.ratio * action.zoom));
    return { pose: { ...camera, ratio } };
  }
  // the camera's ratio is the visible share of the graph: a step of 10 % of what is seen at any zoom
  const step = PAN_SHARE * camera.ratio * (shift ? SHIFT_FACTOR : 1);
  return { pose: { x: camera.x + action.pan[0] * step, y: camera.y + action.pan[1] * step, ratio: camera.ratio } };
}
