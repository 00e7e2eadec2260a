/** Colour checks and the scene schema. */
import { describe, expect, it } from 'vitest';
import { test as fcTest, fc } from '@fast-check/vitest';
import { FALLBACK_GREY, parseColor, SceneSchema, validColor } from '../../../src/explorer/export/scene.ts';

describe('validColor', () => {
  it.each([
    '#abc',
    '#ABC',
    '#a1b2c3',
    '#a1b2c3d4',
    'rgb(0,0,0)',
    'rgb(255, 128, 0)',
    'rgb( 12.5 , 0 , 255 )',
    'rgb(100%, 50%, 0%)',
    'rgba(255, 0, 0, 0.5)',
    'rgba(255, 0, 0, .5)',
    'rgba(255, 0, 0, 50%)',
    'RGB(1, 2, 3)',
  ])('accepts %s unchanged', (c) => {
    expect(validColor(c)).toBe(c);
  });

  it('trims surrounding whitespace of an accepted colour', () => {
    expect(validColor('  #fff\n')).toBe('#fff');
  });

  it.each([
    '',
    'red',
    'transparent',
    '#ab',
    '#abcd',
    '#abcde',
    '#abcdefg',
    '#ggg',
    'abc',
    'rgb(1,2)',
    'rgb(1,2,3,4)',
    'rgba(1,2,3)',
    'rgb(-1,2,3)',
    'rgb(1e3,2,3)',
    'rgb(10%, 20, 30)',
    'rgb(1 2 3)',
    'url(#x)',
    'var(--c)',
    'hsl(0, 50%, 50%)',
    '#fff" onload="alert(1)',
    '#fff;fill:url(x)',
    'rgb(1,2,3)"',
    'currentColor',
  ])('rejects %j and returns the fallback grey', (c) => {
    expect(validColor(c)).toBe(FALLBACK_GREY);
  });

  it('rejects non-strings and uses a given fallback', () => {
    expect(validColor(undefined)).toBe('#999999');
    expect(validColor(0xffffff)).toBe('#999999');
    expect(validColor(null, '#ffffff')).toBe('#ffffff');
  });

  fcTest.prop([fc.string({ unit: 'binary' })])('lets only quote-free, bracket-free colour text through', (s) => {
    const c = validColor(s);
    expect(c === FALLBACK_GREY || /^(#[0-9a-f]+|rgba?\([0-9.,% ]+\))$/i.test(c)).toBe(true);
  });
});

describe('parseColor', () => {
  it('splits colours into #rrggbb and an opacity', () => {
    expect(parseColor('#AbC')).toEqual({ hex: '#aabbcc', alpha: 1 });
    expect(parseColor('#11223380')).toEqual({ hex: '#112233', alpha: 128 / 255 });
    expect(parseColor('rgb(255, 128, 0)')).toEqual({ hex: '#ff8000', alpha: 1 });
    expect(parseColor('rgb(100%, 0%, 50%)')).toEqual({ hex: '#ff0080', alpha: 1 });
    expect(parseColor('rgba(300, 0, 0, 2)')).toEqual({ hex: '#ff0000', alpha: 1 });
    expect(parseColor('rgba(0, 0, 0, 25%)')).toEqual({ hex: '#000000', alpha: 0.25 });
    expect(parseColor('blue')).toBeNull();
  });
});

describe('SceneSchema', () => {
  const scene = {
    width: 800,
    height: 600,
    background: '#ffffff',
    title: 'Karte',
    nodes: [{ key: 'org:a', x: 1, y: 2, size: 3, color: '#f00', label: null }],
    edges: [{ x1: 0, y1: 0, x2: 1, y2: 1, color: '#000', size: 1, arrow: true }],
    legend: [{ title: 'Art', items: [{ label: 'Träger', color: '#f00', shape: 'circle' }] }],
  };

  it('accepts a well-formed scene', () => {
    expect(SceneSchema.parse(scene)).toEqual(scene);
  });

  it('rejects non-finite numbers and unknown legend shapes', () => {
    expect(SceneSchema.safeParse({ ...scene, width: Infinity }).success).toBe(false);
    expect(SceneSchema.safeParse({ ...scene, nodes: [{ ...scene.nodes[0], x: NaN }] }).success).toBe(false);
    expect(
      SceneSchema.safeParse({
        ...scene,
        legend: [{ title: 'x', items: [{ label: 'y', color: '#000', shape: 'square' }] }],
      }).success,
    ).toBe(false);
  });
});
