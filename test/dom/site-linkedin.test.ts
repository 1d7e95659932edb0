// The LinkedIn adapter on its fixtures (approximations of a job page, a jobs search with cards and the detail
// pane, and a messaging thread): the shown job as one post with title, company, place and description; one
// post per filled card keyed by data-occludable-job-id; messages with the other person's marked incoming; the
// job id, the search or the thread id as chat id; chat mode for messaging and post mode for jobs.
import { describe, expect, it } from 'vitest';
import { linkedin } from '../../src/content/sites/linkedin.js';
import { readAll, sharedAdapterChecks, siteFixture } from './site-helpers.js';

describe('linkedin adapter', () => {
  sharedAdapterChecks(linkedin, 'linkedin-job');
  sharedAdapterChecks(linkedin, 'linkedin-messaging');
  sharedAdapterChecks(linkedin, 'linkedin-search');

  it('reads each filled card as one post keyed by its job id, skipping entries not yet filled in', () => {
    const { doc, url } = siteFixture('linkedin-search');
    const items = readAll(linkedin, linkedin.findRoot(doc, url) as Element);
    expect(items.map((i) => i.key)).toEqual(['4000000021', '4000000007', null]);
    // The title once, from its visually-hidden copy (the aria-hidden one is skipped); never the footer.
    expect(items[0]!.text.split('Chat Support Agent')).toHaveLength(2);
    expect(JSON.stringify(items)).not.toContain('Promoted');
  });

  it('takes a card\'s title from the link\'s aria-label when it has no readable text', () => {
    const { doc, url } = siteFixture('linkedin-search');
    doc.querySelector('[data-occludable-job-id="4000000007"] .visually-hidden')!.remove();
    const items = readAll(linkedin, linkedin.findRoot(doc, url) as Element);
    expect(items[1]).toMatchObject({ key: '4000000007', title: 'Customer Support Specialist' });
  });

  it('keeps one chat id for a search while the user picks jobs in it', () => {
    const { doc, url } = siteFixture('linkedin-search');
    const root = linkedin.findRoot(doc, url) as Element;
    const other = new URL('https://www.linkedin.com/jobs/search/?currentJobId=4000000021&keywords=customer%20support');
    expect(linkedin.chatId(root, other)).toBe(linkedin.chatId(root, url));
  });

  it('reads messaging as a chat and jobs as posts', () => {
    expect(linkedin.mode(new URL(siteFixture('linkedin-messaging').expected.url))).toBe('chat');
    expect(linkedin.mode(new URL(siteFixture('linkedin-job').expected.url))).toBe('posts');
  });

  it('waits on a jobs list with no job selected, and on the messaging inbox', () => {
    const { doc } = siteFixture('linkedin-job');
    expect(linkedin.findRoot(doc, new URL('https://www.linkedin.com/jobs/search/?keywords=support'))).toBe('waiting');
    expect(linkedin.findRoot(doc, new URL('https://www.linkedin.com/messaging/'))).toBe('waiting');
  });

  it('takes the job id from a /jobs/view/ page too', () => {
    const { doc } = siteFixture('linkedin-job');
    const url = new URL('https://www.linkedin.com/jobs/view/4000000007/');
    expect(linkedin.chatId(linkedin.findRoot(doc, url) as Element, url)).toBe('job:4000000007');
  });

  it('does not serve the feed or profiles', () => {
    expect(linkedin.handles(new URL('https://www.linkedin.com/feed/'))).toBe(false);
    expect(linkedin.handles(new URL('https://www.linkedin.com/in/someone/'))).toBe(false);
  });
});
