// The LinkedIn adapter on its fixtures (approximations of the jobs detail pane and a messaging thread): the
// shown job as one post with title, company, place and description; messages with the other person's marked
// incoming; the job id or thread id as chat id; chat mode for messaging and post mode for jobs.
import { describe, expect, it } from 'vitest';
import { linkedin } from '../../src/content/sites/linkedin.js';
import { sharedAdapterChecks, siteFixture } from './site-helpers.js';

describe('linkedin adapter', () => {
  sharedAdapterChecks(linkedin, 'linkedin-job');
  sharedAdapterChecks(linkedin, 'linkedin-messaging');

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
