// The Indeed adapter on its fixtures (approximations of a job page and of search results with the job pane):
// the job as one post with title, company, place, salary, details and description; on a search, one post per
// result card keyed by its data-jk (title, company, place, salary, snippet) plus the pane; the jk job id or
// the search as chat id; a waiting state on a search page still loading, and no recognition of a job page
// whose structure is gone.
import { describe, expect, it } from 'vitest';
import { indeed } from '../../src/content/sites/indeed.js';
import { readAll, sharedAdapterChecks, siteFixture } from './site-helpers.js';

describe('indeed adapter', () => {
  sharedAdapterChecks(indeed, 'indeed');
  sharedAdapterChecks(indeed, 'indeed-search');

  it('reads each result card as one post keyed by its data-jk, and skips list entries that are not cards', () => {
    const { doc, url } = siteFixture('indeed-search');
    const items = readAll(indeed, indeed.findRoot(doc, url) as Element);
    expect(items.map((i) => i.key)).toEqual(['1a2b3c4d5e6f7a8b', '9f8e7d6c5b4a3210', '00aa11bb22cc33dd', null]);
    expect(JSON.stringify(items)).not.toContain('Get new jobs');
  });

  it('puts a card\'s warning in its list entry, below the clickable card', () => {
    const { doc, url } = siteFixture('indeed-search');
    indeed.findRoot(doc, url);
    const card = doc.querySelector('[data-jk="1a2b3c4d5e6f7a8b"]')!.closest(indeed.itemSelector)!;
    const warning = doc.createElement('lureguard-inline-warning');
    indeed.placeWarning(card, warning);
    expect(warning.parentElement!.tagName).toBe('LI');
    expect(warning.closest('.cardOutline')).toBeNull();
    expect(warning.previousElementSibling!.contains(card)).toBe(true);
  });

  it('keeps one chat id for a search while the user picks jobs in it', () => {
    const { doc, url } = siteFixture('indeed-search');
    const root = indeed.findRoot(doc, url) as Element;
    const other = new URL('https://www.indeed.com/jobs?q=customer+service&l=&vjk=00aa11bb22cc33dd');
    expect(indeed.findRoot(doc, other)).toBe(root);
    expect(indeed.chatId(root, other)).toBe(indeed.chatId(root, url));
    expect(indeed.chatId(root, new URL('https://www.indeed.com/jobs?q=typing&vjk=00aa11bb22cc33dd'))).not.toBe(indeed.chatId(root, url));
  });

  it('serves Indeed in every country subdomain', () => {
    expect(indeed.handles(new URL('https://id.indeed.com/viewjob?jk=1'))).toBe(true);
    expect(indeed.handles(new URL('https://indeed.example.com/viewjob?jk=1'))).toBe(false);
  });

  it('takes the selected job from a search page', () => {
    const { doc } = siteFixture('indeed');
    const url = new URL('https://www.indeed.com/jobs?q=chat+support&vjk=77aa88bb99cc0011');
    expect(indeed.chatId(indeed.findRoot(doc, url) as Element, url)).toBe('job:77aa88bb99cc0011');
  });

  it('waits on a search with no job selected, and does not recognise a job page without its structure', () => {
    const { doc } = siteFixture('indeed');
    doc.querySelector('.jobsearch-JobComponent')!.remove();
    expect(indeed.findRoot(doc, new URL('https://www.indeed.com/jobs?q=chat'))).toBe('waiting');
    expect(indeed.findRoot(doc, new URL('https://www.indeed.com/viewjob?jk=0a1b2c3d4e5f6789'))).toBeNull();
  });
});
