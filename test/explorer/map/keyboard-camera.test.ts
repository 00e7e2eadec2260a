import { describe, expect, it } from 'vitest';
import { cameraStep, MAX_CAMERA_RATIO, MIN_CAMERA_RATIO } from '../../../src/explorer/map/keyboard-camera.ts';

const at = { x: 0.5, y: 0.5, ratio: 0.5 };

describe('keys on the focused map', () => {
  it('pan by a tenth of what is seen, three tenths with Shift; up raises the camera (sigma y points up)', () => {
    expect(cameraStep('ArrowRight', false, at)).toEqual({ pose: { x: 0.55, y: 0.5, ratio: 0.5 } });
    expect(cameraStep('ArrowLeft', true, at)).toEqual({ pose: { x: 0.35, y: 0.5, ratio: 0.5 } });
    expect(cameraStep('ArrowUp', false, at)).toEqual({ pose: { x: 0.5, y: 0.55, ratio: 0.5 } });
    expect(cameraStep('ArrowDown', false, at)).toEqual({ pose: { x: 0.5, y: 0.45, ratio: 0.5 } });
  });

  it('zoom by 1.5 around the centre (+ and = in, − out), Shift or not, within the wheel range', () => {
    expect(cameraStep('+', false, at)).toEqual({ pose: { x: 0.5, y: 0.5, ratio: 0.5 / 1.5 } });
    expect(cameraStep('+', true, at)).toEqual(cameraStep('=', false, at));
    expect(cameraStep('-', false, at)).toEqual({ pose: { x: 0.5, y: 0.5, ratio: 0.75 } });
    expect(cameraStep('+', false, { ...at, ratio: MIN_CAMERA_RATIO })).toEqual({
      pose: { ...at, ratio: MIN_CAMERA_RATIO },
    });
    expect(cameraStep('-', false, { ...at, ratio: MAX_CAMERA_RATIO })).toEqual({
      pose: { ...at, ratio: MAX_CAMERA_RATIO },
    });
  });

  it('0 shows everything; every other key stays with the page', () => {
    expect(cameraStep('0', false, at)).toEqual({ reset: true });
    for (const key of ['a', 'Enter', ' ', 'Escape', 'Tab', 'PageDown']) expect(cameraStep(key, false, at)).toBeNull();
  });
});
