// Helpers for the site-adapter jsdom tests: a fixture from test/fixtures/sites parsed into an inert Document
// with its expected items, every item an adapter reads from a root, and the checks every adapter shares
// (root, chat id, items, its own URLs, warning placement). Test-only; never shipped.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import type { SiteAdapter, SiteItem } from '../../src/content/sites/site-adapter.js';

export interface Expected {
  url: string;
  root: string;
  chatId: string;
  items: (SiteItem & { key: string | null })[];
}

export function siteFixture(name: string): { doc: Document; expected: Expected; url: URL } {
  const doc = new DOMParser().parseFromString(readFileSync(`test/fixtures/sites/${name}.html`, 'utf8'), 'text/html');
  const expected = JSON.parse(readFileSync(`test/fixtures/sites/${name}.expected.json`, 'utf8')) as Expected;
  return { doc, expected, url: new URL(expected.url) };
}

/** Every item the adapter reads in the root, in page order (null reads left out). */
export function readAll(adapter: SiteAdapter, root: Element): SiteItem[] {
  const elements = root.matches(adapter.itemSelector) ? [root] : [...root.querySelectorAll(adapter.itemSelector)];
  return elements.map((el) => adapter.readItem(el)).filter((item): item is SiteItem => item !== null);
}

export function rootOf(adapter: SiteAdapter, doc: Document, url: URL): Element {
  const root = adapter.findRoot(doc, url);
  if (!(root instanceof Element)) throw new Error(`no root found: ${String(root)}`);
  return root;
}

/** The checks every adapter shares, run against one fixture. */
export function sharedAdapterChecks(adapter: SiteAdapter, name: string): void {
  it(`serves the fixture's URL (${name})`, () => {
    const { url } = siteFixture(name);
    expect(adapter.handles(url)).toBe(true);
  });

  it(`finds the conversation or list root by stable attributes (${name})`, () => {
    const { doc, expected, url } = siteFixture(name);
    expect(rootOf(adapter, doc, url)).toBe(doc.querySelector(expected.root));
  });

  it(`names what the root shows with a stable chat id (${name})`, () => {
    const { doc, expected, url } = siteFixture(name);
    expect(adapter.chatId(rootOf(adapter, doc, url), url)).toBe(expected.chatId);
  });

  it(`reads exactly the expected items, with direction and time where the app shows them (${name})`, () => {
    const { doc, expected, url } = siteFixture(name);
    expect(readAll(adapter, rootOf(adapter, doc, url))).toEqual(expected.items);
  });

  it(`places a warning next to an item, inside the page (${name})`, () => {
    const { doc, url } = siteFixture(name);
    const root = rootOf(adapter, doc, url);
    const el = root.matches(adapter.itemSelector) ? root : [...root.querySelectorAll(adapter.itemSelector)].find((e) => adapter.readItem(e))!;
    const warning = doc.createElement('lureguard-inline-warning');
    adapter.placeWarning(el, warning);
    expect(warning.isConnected).toBe(true);
    // Next to the item: right after it (or its row), or inside it near its title.
    const near = el.contains(warning) || warning.previousElementSibling === el || warning.previousElementSibling?.contains(el);
    expect(near).toBe(true);
    // The warning's own text is never read back as part of the item.
    const before = readAll(adapter, root);
    warning.textContent = 'Warning-text-zq7 tourist visa';
    expect(JSON.stringify(readAll(adapter, root))).not.toContain('Warning-text-zq7');
    expect(readAll(adapter, root)).toEqual(before);
  });
}
