// The JobStreet adapter on its fixtures (approximations of SEEK's job page and of search results with the
// detail pane): the job as one post from its data-automation fields; on a search, one post per card keyed by
// data-job-id plus the pane (read once, not also as its wrapper); the job id or the search as chat id; and a
// waiting state on a page with neither.
import { describe, expect, it } from 'vitest';
import { jobstreet } from '../../src/content/sites/jobstreet.js';
import { readAll, sharedAdapterChecks, siteFixture } from './site-helpers.js';

describe('jobstreet adapter', () => {
  sharedAdapterChecks(jobstreet, 'jobstreet');
  sharedAdapterChecks(jobstreet, 'jobstreet-search');

  it('reads each result card as one post keyed by data-job-id, and the detail pane once', () => {
    const { doc, url } = siteFixture('jobstreet-search');
    const items = readAll(jobstreet, jobstreet.findRoot(doc, url) as Element);
    expect(items.map((i) => i.key)).toEqual(['80000011', '80000009', '80000012', null]);
    expect(JSON.stringify(items)).not.toContain('Simpan pencarian');
  });

  it('keeps one chat id for a search while the user picks jobs in it', () => {
    const { doc, url } = siteFixture('jobstreet-search');
    const root = jobstreet.findRoot(doc, url) as Element;
    const other = new URL('https://id.jobstreet.com/id/customer-service-jobs?jobId=80000011&type=promoted');
    expect(jobstreet.chatId(root, other)).toBe(jobstreet.chatId(root, url));
  });

  it('serves the SEEK subdomains and the older country domains', () => {
    for (const host of ['id.jobstreet.com', 'my.jobstreet.com', 'www.jobstreet.co.id', 'www.jobstreet.com.ph']) {
      expect(jobstreet.handles(new URL(`https://${host}/job/1`)), host).toBe(true);
    }
    expect(jobstreet.handles(new URL('https://jobstreet.example.com/job/1'))).toBe(false);
  });

  it('takes the selected job from a search page, and waits when none is selected', () => {
    const { doc } = siteFixture('jobstreet');
    const url = new URL('https://id.jobstreet.com/id/jobs?keywords=customer&jobId=80000009');
    expect(jobstreet.chatId(jobstreet.findRoot(doc, url) as Element, url)).toBe('job:80000009');
    doc.querySelector('[data-automation="jobDetailsPage"]')!.remove();
    expect(jobstreet.findRoot(doc, new URL('https://id.jobstreet.com/id/jobs?keywords=customer'))).toBe('waiting');
  });
});
