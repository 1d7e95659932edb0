// Site adapter for Facebook job posts: group feeds, single group posts and Marketplace listings; each post is
// one item, scored alone. Fixtures: test/fixtures/sites/facebook-posts.html and facebook-marketplace.html,
// APPROXIMATIONS written from general knowledge of the site's DOM (role="feed", role="article" posts with
// comments nested as articles, data-ad-preview="message" text, role="main" and h1 on a listing), not saved
// from the live site. Roles and data attributes only. Reads only; never reads the poster's name.
import { readText, type RootResult, type SiteAdapter, type SiteItem } from './site-adapter.js';

const POST_TEXT = '[data-ad-preview="message"], [data-ad-comet-preview="message"]';
const isListing = (url: URL) => url.pathname.startsWith('/marketplace/item/');
/** A group's feed, one of its posts, or the feed of all the user's groups (not its members or events pages). */
const GROUP_PAGE = /^\/groups\/(?:feed\/?$|[^/]+\/?$|[^/]+\/(?:posts|permalink)\/)/;

function findRoot(doc: Document, url: URL): RootResult {
  const main = doc.querySelector('[role="main"]');
  if (isListing(url)) return main?.querySelector('h1') ? main : null;
  const feed = main?.querySelector('[role="feed"]') ?? doc.querySelector('[role="feed"]');
  if (feed) return feed;
  // A single post: the post article itself is the root (and its one item).
  return main?.querySelector('[role="article"]') ?? null;
}

function postKey(el: Element): string | null {
  for (const link of el.querySelectorAll('a[href*="/posts/"], a[href*="/permalink/"], a[href*="/marketplace/item/"]')) {
    const m = /\/(?:posts|permalink|marketplace\/item)\/(\d+)/.exec(link.getAttribute('href') ?? '');
    if (m) return m[1]!;
  }
  return null;
}

function readItem(el: Element): SiteItem | null {
  if (el.getAttribute('role') === 'main') {
    // A Marketplace listing: its title and the seller's description.
    const title = readText(el.querySelector('h1'), 300);
    const text = readText(el, 20_000);
    return text ? { kind: 'post', key: null, text, title } : null;
  }
  if (el.parentElement?.closest('[role="article"]')) return null; // a comment inside a post
  const body = el.querySelector(POST_TEXT);
  const text = body ? readText(body, 20_000) : '';
  return text ? { kind: 'post', key: postKey(el), text } : null;
}

export const facebookPosts: SiteAdapter = {
  id: 'facebook-posts',
  handles: (url) => /(^|\.)facebook\.com$/.test(url.hostname) && (GROUP_PAGE.test(url.pathname) || isListing(url)),
  mode: () => 'posts',
  findRoot,
  chatId: (_root, url) => url.pathname.split('/').slice(0, 4).join('/'),
  itemSelector: '[role="article"], [role="main"]',
  readItem,
  placeWarning: (itemEl, warning) => {
    const body = itemEl.getAttribute('role') === 'main' ? itemEl.querySelector('h1') : itemEl.querySelector(POST_TEXT);
    (body ?? itemEl).after(warning);
  },
};
