// The Facebook posts adapter on its fixtures (approximations of a group feed and a Marketplace listing):
// one item per top-level post with its permalink id, comments and loading placeholders skipped, "See more"
// kept out, a listing read as one post with its title, and only group feeds, group posts and listings served.
import { describe, expect, it } from 'vitest';
import { facebookPosts } from '../../src/content/sites/facebook-posts.js';
import { readAll, sharedAdapterChecks, siteFixture } from './site-helpers.js';

describe('facebook posts adapter', () => {
  sharedAdapterChecks(facebookPosts, 'facebook-posts');
  sharedAdapterChecks(facebookPosts, 'facebook-marketplace');

  it('serves group feeds, group posts and listings, not members pages or the news feed', () => {
    const at = (path: string) => facebookPosts.handles(new URL(`https://www.facebook.com${path}`));
    expect([at('/groups/800000005/'), at('/groups/800000005/posts/1000000001/'), at('/groups/feed/'), at('/marketplace/item/1/')]).toEqual([true, true, true, true]);
    expect([at('/groups/800000005/members/'), at('/'), at('/messages/t/1/'), at('/marketplace/')]).toEqual([false, false, false, false]);
  });

  it('reads a single group post page through its article', () => {
    const { doc } = siteFixture('facebook-posts');
    doc.querySelector('[role="feed"] > div:nth-child(2)')!.remove();
    doc.querySelector('[role="feed"]')!.removeAttribute('role');
    const url = new URL('https://www.facebook.com/groups/800000005/posts/1000000001/');
    const root = facebookPosts.findRoot(doc, url) as Element;
    expect(root.getAttribute('role')).toBe('article');
    expect(readAll(facebookPosts, root).map((i) => i.key)).toEqual(['1000000001']);
  });
});
