/** Strict XML parsing for the export tests: any well-formedness error throws. */
import { SaxesParser } from 'saxes';

export interface ParsedElement {
  name: string;
  /** Namespace URI (the SVG namespace for every element of a good export). */
  uri: string;
  attributes: Record<string, string>;
  /** Text directly inside the element (all text events until its close tag). */
  text: string;
}

export interface ParsedXml {
  elements: ParsedElement[];
  /** Concatenated text of every text event, in document order. */
  texts: string[];
}

export function parseStrict(xml: string): ParsedXml {
  const parser = new SaxesParser({ xmlns: true });
  const elements: ParsedElement[] = [];
  const texts: string[] = [];
  const open: ParsedElement[] = [];
  parser.on('error', (e) => {
    throw e;
  });
  parser.on('opentag', (tag) => {
    const attributes: Record<string, string> = {};
    for (const [name, a] of Object.entries(tag.attributes)) attributes[name] = a.value;
    const el = { name: tag.local, uri: tag.uri, attributes, text: '' };
    elements.push(el);
    open.push(el);
  });
  parser.on('text', (t) => {
    texts.push(t);
    const top = open[open.length - 1];
    if (top) top.text += t;
  });
  parser.on('closetag', () => {
    open.pop();
  });
  parser.write(xml).close();
  return { elements, texts };
}

export function count(xml: ParsedXml, name: string): number {
  return xml.elements.filter((e) => e.name === name).length;
}
